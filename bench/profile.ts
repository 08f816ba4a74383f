/**
 * npx tsx bench/profile.ts FILE.cpuprofile [--top 15]
 *
 * Prints the hot spots of a profile taken with `node --cpu-prof` (see docs/performance.md).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import type { Hotspot } from './lib/profile.js'

import { summariseProfile } from './lib/profile.js'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { top: { default: '15', type: 'string' } },
})

const rows = (title: string, spots: Hotspot[]): string[] => [
  `| ${title} | Self ms | Share |`,
  '| --- | ---: | ---: |',
  ...spots.map((s) => `| ${s.name} | ${Math.round(s.ms)} | ${(s.share * 100).toFixed(1)}% |`),
  '',
]

for (const file of positionals) {
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')), Number(values.top))
  process.stdout.write(
    [
      `## ${file} (${Math.round(summary.totalMs)} ms)`,
      '',
      ...rows('Package or file', summary.byPlace),
      ...rows('Function', summary.byFunction),
    ].join('\n'),
  )
}
