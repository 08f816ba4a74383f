import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ImportedPost, ParsedFile } from '../../src/importer/types.js'

import { parseFile } from '../../src/importer/parseFile.js'

// Database-free on purpose: test/importer's own vitest config runs these helpers without Payload.

/** Absolute path of a file under `test/fixtures/`, e.g. `exports/rss-feed.xml`. */
export const fixturePath = (path: string): string =>
  fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url))

/** Parses a fixture as the importer would, in the given blog time zone. */
export const parseFixture = (path: string, timezone = 'UTC'): Promise<ParsedFile> =>
  parseFile(fixturePath(path), { timezone })

/** Writes text or bytes (encodings a fixture cannot hold) to a fresh temporary folder. */
export const writeTemp = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(await mkdtemp(join(tmpdir(), 'newsroom-temp-')), name)
  await writeFile(path, content)
  return path
}

/** The post with this title; fails loudly instead of returning undefined. */
export const postTitled = (file: ParsedFile, title: string): ImportedPost => {
  const post = file.posts.find((candidate) => candidate.title === title)
  if (!post) throw new Error(`no post titled "${title}" in ${file.path}`)
  return post
}
