import type { Payload } from 'payload'

import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ImportReport } from '../../seed/importer/report.js'
import type { ImportedPost, ParsedFile } from '../../seed/importer/types.js'

import { parseFile } from '../../seed/importer/parseFile.js'

/** Absolute path of a fixture export or feed. */
export const exportFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/exports/${name}`, import.meta.url))

export const parseExport = (name: string, timezone = 'UTC'): Promise<ParsedFile> =>
  parseFile(exportFixture(name), { timezone })

/** Writes text to a fresh temporary folder under the given name. */
export const writeTemp = async (name: string, content: string): Promise<string> => {
  const path = join(await mkdtemp(join(tmpdir(), 'newsroom-formats-')), name)
  await writeFile(path, content)
  return path
}

/** The post with this title; fails loudly instead of returning undefined. */
export const postTitled = (file: ParsedFile, title: string): ImportedPost => {
  const post = file.posts.find((candidate) => candidate.title === title)
  if (!post) throw new Error(`no post titled "${title}" in ${file.path}`)
  return post
}

/** Messages of the file's warnings, for `toContain` checks. */
export const messages = (file: ParsedFile): string[] => file.warnings.map(({ message }) => message)

/** How many posts the report gives each action. */
export const countActions = (report: ImportReport): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const { action } of report.posts) if (action) counts[action] = (counts[action] ?? 0) + 1
  return counts
}

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { url?: string }
  text?: string
  type?: string
}

/** The text and link URLs stored in a Lexical state, as one string per node. */
export const lexicalStrings = (state: unknown): string[] => {
  const found: string[] = []
  const walk = (node: LexicalNode): void => {
    if (node.text) found.push(node.text)
    if (node.fields?.url) found.push(node.fields.url)
    node.children?.forEach(walk)
  }
  walk((state as { root: LexicalNode }).root)
  return found
}

/** Every post, whole (drafts too), for assertions on what is stored. */
export const allPosts = async (payload: Payload) =>
  (await payload.find({ collection: 'posts', depth: 0, draft: true, limit: 0, pagination: false }))
    .docs

export const counts = async (payload: Payload) => ({
  events: (await payload.count({ collection: 'events' })).totalDocs,
  posts: (await payload.count({ collection: 'posts' })).totalDocs,
  redirects: (await payload.count({ collection: 'redirects' })).totalDocs,
})
