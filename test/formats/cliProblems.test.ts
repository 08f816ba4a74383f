import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.js'
import { runSeed } from '../helpers/seedCli.js'
import { exportFixture } from './helpers.js'

const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-cli-problems-'))
const write = (name: string, content: Buffer | string): string => {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

/** Every kind of bad input the chaos suite feeds the parser, as files the command line is given. */
const BAD = [
  write('empty.txt', ''),
  write('blank.txt', '\n \r\n\t\n'),
  write('photo.txt', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), randomBytes(2048)])),
  write('high-bytes.txt', Buffer.from(Array.from(randomBytes(2048), (byte) => 0x80 | byte))),
  write('notes.txt', 'Some notes\nwithout a single date header\n'),
  write('unclosed.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Cut off\n'),
  write('no-items.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Empty</title></channel></rss>\n'),
  write('wrong-root.xml', '<?xml version="1.0"?>\n<html><body>Not a feed</body></html>\n'),
  exportFixture('hostile-xxe.xml'),
  exportFixture('hostile-billion-laughs.xml'),
]

/** A stack frame as Node prints it. */
const STACK_FRAME = /^\s+at /m

/** One problem: `error: FILE:LINE: what is wrong; what to do`. */
const PROBLEM = /^error: (.+):(\d+): (.+); (.+)$/

const check = (run: { code: null | number; stderr: string; stdout: string }) => {
  expect(run.code).toBe(1)
  expect(run.stdout).not.toMatch(STACK_FRAME)
  expect(run.stderr).not.toMatch(STACK_FRAME)
  const problems = run.stderr.split('\n').filter((line) => line.startsWith('error:'))
  expect(problems).toHaveLength(BAD.length)
  for (const file of BAD) {
    const lines = problems.filter((line) => PROBLEM.exec(line)?.[1] === file)
    expect(lines, `${file} is named once, with its line`).toHaveLength(1)
  }
}

describe('the command line given bad input', () => {
  it('should print one line per bad file, with its line and what to do, and exit 1 (dry run)', async () => {
    const good = exportFixture('rss-feed.xml')
    const run = await runSeed(['--dry-run', '--json', ...BAD, good], {
      databaseKind: 'none',
      databaseUri: '',
    })
    check(run)
    // The good file is still imported, and the report stays on stdout, whole.
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual([good])
  }, 120_000)

  it('should do the same against a database, and leave no products or categories behind', async () => {
    // The test's own database, shared with the command line through the variables it reads.
    const { payload } = await bootPayload('formats-cli-problems')
    try {
      const env = process.env
      const run = await runSeed(BAD, { databaseKind: env.DATABASE_ENGINE ?? '', databaseUri: env.DATABASE_URI ?? '' })
      check(run)
      for (const collection of ['posts', 'products', 'categories'] as const) {
        expect((await payload.count({ collection })).totalDocs, collection).toBe(0)
      }
    } finally {
      await payload.destroy()
    }
  }, 180_000)
})
