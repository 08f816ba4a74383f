import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ImportedPost, ParsedFile } from '../../seed/importer/types.js'

import { parseFile } from '../../seed/importer/parseFile.js'

/** Absolute path of a fixture capture. */
export const capture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/captures/${name}`, import.meta.url))

export const SEED_DOCUMENT = fileURLToPath(
  new URL('../../seed/documents/000_03b0ce3ead1b3959.txt', import.meta.url),
)

export const parseCapture = (name: string, timezone = 'UTC'): Promise<ParsedFile> =>
  parseFile(capture(name), { timezone })

/** Writes bytes to a fresh temporary directory, for encodings a fixture file cannot hold. */
export const writeTemp = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(await mkdtemp(join(tmpdir(), 'newsroom-import-')), name)
  await writeFile(path, content)
  return path
}

/** The post with this title; fails loudly instead of returning undefined. */
export const postTitled = (file: ParsedFile, title: string): ImportedPost => {
  const post = file.posts.find((candidate) => candidate.title === title)
  if (!post) throw new Error(`no post titled "${title}" in ${file.path}`)
  return post
}

/** Blogger chrome that must never reach a post's text, HTML or title. */
export const CHROME = [
  /Subscribe to/i,
  /Posted by/i,
  /Links to this post/i,
  /Create a Link/i,
  /<< Home|&lt;&lt; Home/,
  /Newer Posts|Older Posts/,
  /powered by Blogger/i,
  /\bcomments?:/i,
  /Post a Comment/i,
  /\bsaid(?:\.\.\.|…)/,
  /^Labels?:/m,
  /^Home$/m,
]

export const chromeIn = (post: ImportedPost): RegExp[] =>
  CHROME.filter((pattern) => [post.title, post.text, post.html].some((text) => pattern.test(text)))
