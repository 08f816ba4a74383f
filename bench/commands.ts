/**
 * npx tsx bench/commands.ts [--posts N]
 *
 * Which database commands a first import and a re-import send, how many, and how long the server
 * took: the diagnosis behind docs/performance.md's findings. MongoDB-wire databases only.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { CommandTally } from './lib/commands.js'

import { runImport } from '../src/importer/run.js'
import { generateCapture } from '../test/helpers/generateCapture.js'
import { parseBenchArgs } from './lib/args.js'
import { tallyCommands } from './lib/commands.js'
import { withMonitoredPayload } from './lib/monitored.js'

const log = (msg: string) => process.stderr.write(`[commands] ${msg}\n`)

const table = (title: string, tallies: CommandTally[], posts: number): string =>
  [
    `### ${title}`,
    '',
    '| Command | Collection | Query shape | Count | Per post | Latency ms, summed | Mean ms |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...tallies.map((t) => {
      const perPost = (t.count / posts).toFixed(2)
      const mean = (t.ms / t.count).toFixed(1)
      const cells = [
        t.command,
        t.collection,
        `\`${t.shape}\``,
        t.count,
        perPost,
        Math.round(t.ms),
        mean,
      ]
      return `| ${cells.join(' | ')} |`
    }),
    '',
  ].join('\n')

const main = async () => {
  const { posts } = parseBenchArgs()
  await withMonitoredPayload(log, async (payload, database) => {
    const capture = path.join(database.tmpDir, 'capture.txt')
    writeFileSync(capture, generateCapture(posts))
    const client = payload.db.connection.getClient()
    for (const title of ['First import', 'Re-import, nothing changed']) {
      const tally = tallyCommands(client)
      await runImport({ paths: [capture], payload })
      process.stdout.write(`${table(`${title} (${posts} posts)`, tally.stop(), posts)}\n`)
    }
  })
}

await main()
process.exit(0)
