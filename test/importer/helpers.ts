import { fileURLToPath } from 'node:url'

import type { ImportedPost, ParsedFile } from '../../src/importer/types.js'

import { fixturePath, parseFixture } from '../helpers/parsedFiles.js'

/** Absolute path of a fixture capture. */
export const capture = (name: string): string => fixturePath(`captures/${name}`)

export const SEED_DOCUMENT = fileURLToPath(
  new URL('../../seed/documents/000_03b0ce3ead1b3959.txt', import.meta.url),
)

export const parseCapture = (name: string, timezone = 'UTC'): Promise<ParsedFile> =>
  parseFixture(`captures/${name}`, timezone)

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
