import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { newsroomPlugin } from '../../src/index.js'
import { unstamped } from '../helpers/stamps.js'

const host = (collections: CollectionConfig[]): Config =>
  ({ collections, secret: 'x' }) as unknown as Config

/** A posts collection Newsroom cannot join: its text is not rich text, and it has no drafts. */
const unjoinablePosts: CollectionConfig = {
  slug: 'posts',
  fields: [
    { name: 'title', type: 'text' },
    { name: 'body', type: 'richText' },
    { name: 'excerpt', type: 'richText' },
    { name: 'categories', type: 'relationship', hasMany: true, relationTo: 'tags' },
  ],
}

const tags: CollectionConfig = { slug: 'tags', fields: [{ name: 'title', type: 'text' }] }
const categories: CollectionConfig = {
  slug: 'categories',
  fields: [{ name: 'slug', type: 'number' }],
}
const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [{ name: 'roles', type: 'json' }],
}

describe('joining a host collection that cannot be joined', () => {
  const attempt = () => newsroomPlugin()(host([unjoinablePosts, tags, categories, users]))

  it('should fail once, listing every conflict with the option that resolves it', () => {
    let message = ''
    try {
      attempt()
    } catch (error) {
      message = (error as Error).message
    }
    const lines = message.split('\n')
    expect(lines[0]).toBe("[newsroom] Cannot join the host's collections (6 conflicts):")
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^- posts\.versions: the host's posts have no drafts.*, or set `posts: \{ collection: 'newsroom-posts' \}`/,
      ),
      expect.stringMatching(
        /^- posts\.content: the host's posts have no rich-text field `content` \(theirs is `body`, `excerpt`\).*, or set `posts: /,
      ),
      expect.stringMatching(
        /^- posts\.excerpt: it is a richText field; Newsroom stores a textarea field; rename the host's field, or set `posts: /,
      ),
      expect.stringMatching(
        /^- posts\.categories: it points at tags; Newsroom's points at categories; .*`posts: \{ collection/,
      ),
      expect.stringMatching(
        /^- categories\.slug: it is a number field; Newsroom stores a text field; .*or `categories: false` for none$/,
      ),
      expect.stringMatching(
        /^- users\.roles: Newsroom needs a roles field of its own .*or `users: false` for none$/,
      ),
    ])
  })

  it('should join once the options resolve every conflict', () => {
    const out = newsroomPlugin({
      categories: false,
      posts: { collection: 'newsroom-posts' },
      users: false,
    })(host([unjoinablePosts, tags, categories, users]))
    const slugs = out.collections?.map((c) => c.slug)
    // The host's posts stay as they were beside Newsroom's own, but for the content stamps.
    expect(slugs).toEqual(expect.arrayContaining(['posts', 'newsroom-posts', 'events', 'products']))
    expect(unstamped(out.collections?.find((c) => c.slug === 'posts'))).toEqual(unjoinablePosts)
  })
})
