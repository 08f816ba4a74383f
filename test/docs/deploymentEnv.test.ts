import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = process.cwd()
// What ships or runs in a deployment: the plugin, the dev host, the seed, the scripts, the site.
const SCANNED = ['src', 'collections', 'dev', 'seed', 'scripts', 'examples']
const SKIPPED = new Set(['node_modules', '.next', 'migrations'])
const SOURCE = /\.(c|m)?(j|t)sx?$/

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(at)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [at] : []
  })

// `process.env.NAME`, `process.env['NAME']`, and the same through an `env` parameter that
// defaults to `process.env` (`env.NAME`, `env['NAME']`, a helper called as `flag(env, 'NAME')`).
const READS = [
  /\benv\??\.([A-Z][A-Z0-9_]*)\b/g,
  /\benv\??\.?\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\]/g,
  /\(\s*env\s*,\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
]

const readByCode = (): Map<string, string[]> => {
  const found = new Map<string, string[]>()
  for (const file of SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of READS) {
      for (const [, name] of text.matchAll(pattern)) {
        found.set(name, [...(found.get(name) ?? []), path.relative(root, file)])
      }
    }
  }
  return found
}

/** The names in the first column of the table under "## Environment variables". */
const documented = (): string[] => {
  const doc = readFileSync(path.join(root, 'docs', 'deployment.md'), 'utf8')
  const section = doc.split(/^## Environment variables$/m)[1]?.split(/^## /m)[0] ?? ''
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map(([, name]) => name)
}

describe('docs/deployment.md', () => {
  it('should list every environment variable the code reads, in its table', () => {
    const missing = [...readByCode()].filter(([name]) => !documented().includes(name))
    expect(missing.map(([name, files]) => `${name} (read in ${[...new Set(files)].join(', ')})`)).toEqual([])
  })

  it('should list no variable that no code reads any more, and each once', () => {
    const names = documented()
    expect(names.length).toBeGreaterThan(10)
    expect(names.filter((name) => !readByCode().has(name))).toEqual([])
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
  })
})
