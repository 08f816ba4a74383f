import type { Feed } from 'feed'
import type { Endpoint } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { conditionalResponse } from './conditional.js'
import { renderJsonFeed } from './jsonFeed.js'
import { buildPostFeed, postFeedPaths } from './postFeed.js'
import { findPublished } from './publishedDocs.js'

/** How many posts each feed carries. */
const POST_FEED_SIZE = 20

const formats: {
  contentType: string
  path: string
  render: (feed: Feed) => string
  xml: boolean
}[] = [
  {
    contentType: 'application/rss+xml; charset=utf-8',
    path: postFeedPaths.rss,
    render: (f) => f.rss2(),
    xml: true,
  },
  {
    contentType: 'application/atom+xml; charset=utf-8',
    path: postFeedPaths.atom,
    render: (f) => f.atom1(),
    xml: true,
  },
  {
    contentType: 'application/feed+json; charset=utf-8',
    path: postFeedPaths.json,
    render: renderJsonFeed,
    xml: false,
  },
]

// `authors` must be read for `populatedAuthors` to be filled (field access hides it afterwards);
// `jsonLd` is left out, which skips its lookups.
const select = {
  authors: true,
  categories: true,
  content: true,
  createdAt: true,
  excerpt: true,
  heroImage: true,
  legacyAuthor: true,
  meta: true,
  populatedAuthors: true,
  publishedAt: true,
  slug: true,
  title: true,
  updatedAt: true,
} as const

/** `GET /feed.xml` (RSS 2.0), `/feed.atom` (Atom) and `/feed.json` (JSON Feed 1.1): one handler. */
export const postFeedEndpoints = (options: SanitizedNewsroomOptions): Endpoint[] =>
  formats.map(({ contentType, path, render, xml }) => ({
    handler: (req) =>
      conditionalResponse(req, [options.slugs.posts], async () => {
        const posts = await findPublished(req, 'posts', {
          collection: options.slugs.posts,
          // Depth 1 populates categories, and links and uploads inside the content.
          depth: 1,
          limit: POST_FEED_SIZE,
          select,
          sort: ['-publishedAt', '-id'],
        })
        const feed = buildPostFeed(req, posts, options, { xml })
        return { body: render(feed), contentType }
      }),
    method: 'get',
    path,
  }))
