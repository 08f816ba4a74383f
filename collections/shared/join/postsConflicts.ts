import type { CollectionConfig } from 'payload'

import { storedFields } from './hostFields.js'

/**
 * What a host's posts collection needs beyond fields that fit: drafts, through which Newsroom
 * publishes (imports, scheduled posts, the public's access), and a rich-text `content`, which the
 * importer writes and mention scans read.
 */
export const postsConflicts = (host: CollectionConfig): string[] => {
  const conflicts: string[] = []
  if (!host.versions || typeof host.versions !== 'object' || !host.versions.drafts) {
    conflicts.push(
      "versions: the host's posts have no drafts; Newsroom publishes through drafts (imports, " +
        'scheduled posts, what the public reads); turn on `versions: { drafts: true }`',
    )
  }
  const fields = [...storedFields(host.fields).values()]
  if (!fields.some((field) => field.name === 'content')) {
    const richText = fields.filter((field) => field.type === 'richText').map((field) => field.name)
    const theirs = richText.length
      ? ` (theirs is ${richText.map((n) => `\`${n}\``).join(', ')})`
      : ''
    conflicts.push(
      `content: the host's posts have no rich-text field \`content\`${theirs}; Newsroom imports ` +
        "into it and scans it for mentions; name the host's rich-text field `content`",
    )
  }
  return conflicts
}
