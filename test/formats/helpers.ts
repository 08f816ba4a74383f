import type { Payload } from 'payload'

import type { ImportReport } from '../../src/importer/report.js'
import type { ParsedFile } from '../../src/importer/types.js'

import { fixturePath, parseFixture } from '../helpers/parsedFiles.js'

/** Absolute path of a fixture export or feed. */
export const exportFixture = (name: string): string => fixturePath(`exports/${name}`)

export const parseExport = (name: string, timezone = 'UTC'): Promise<ParsedFile> =>
  parseFixture(`exports/${name}`, timezone)

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
