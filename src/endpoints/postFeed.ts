import type { Enclosure, Item } from 'feed'
import type { PayloadRequest } from 'payload'

import { Feed } from 'feed'

import type { PostDoc } from '../posts/postDoc.js'
import type { PageImage } from '../seo/pageImage.js'
import type { SanitizedNewsroomOptions } from '../types.js'
import type { NewsroomDoc } from '../utilities/findDocs.js'

import { authorNames } from '../posts/postDoc.js'
import { pageMeta } from '../seo/fromContent.js'
import { isPicture, pageImage, uploadsBase } from '../seo/pageImage.js'
import { postImages } from '../seo/postImages.js'
import { lastModifiedOf } from './conditional.js'
import { renderHtml } from './renderHtml.js'

/**
 * `feed` puts titles and summaries of RSS and Atom in CDATA, which readers render as HTML, and
 * writes category labels into attributes escaping only `&`. Escaping the angle brackets keeps
 * text such as "<script>" text there; `&` is left to `feed`, which already handles it. JSON Feed
 * titles are plain strings and keep their text as it is.
 */
const textOnly = (text: string): string => text.replace(/</g, '&lt;').replace(/>/g, '&gt;')
const asIs = (text: string): string => text

/** Where each format of the post feed is served, under the API route. */
export const postFeedPaths = { atom: '/feed.atom', json: '/feed.json', rss: '/feed.xml' } as const

/**
 * A post's permanent id (RFC 4151 tag URI): built from its database id, so that renaming the post
 * (a new slug, a new URL) does not make feed readers show it again as a new entry.
 */
const postTag = (post: PostDoc, host: string, postsSlug: string): string =>
  `tag:${host},${post.createdAt.slice(0, 10)}:${postsSlug}/${post.id}`

/**
 * An image as an enclosure: `feed` writes every key it is given into the element, so only the
 * enclosure's own, and none left empty (it defaults `length` to 0, which RSS allows).
 */
const enclosureOf = ({ length, type, url }: PageImage): Enclosure => ({
  url,
  ...(length === undefined ? {} : { length }),
  ...(type === undefined ? {} : { type }),
})

/** A post as the feeds read it: with its SEO meta and hero image, populated. */
export type FeedPost = PostDoc & Partial<Pick<NewsroomDoc<'posts'>, 'heroImage' | 'meta'>>

const toItem = (
  { link, post }: { link: string; post: FeedPost },
  options: SanitizedNewsroomOptions,
  context: { host: string; text: (value: string) => string; uploads: string | undefined },
): Item => {
  const { host, text, uploads } = context
  const authors = authorNames(post).map((name) => ({ name }))
  // The editor's meta description where there is one, the excerpt otherwise.
  const meta = pageMeta('posts', post)
  // The editor's SEO image, else the hero, else the first picture in the text.
  const image = postImages(post, options.slugs.media)
    .map((upload) => pageImage(upload, uploads))
    .find(isPicture)
  return {
    // `feed` reads the first entry of any author list it is given: no byline, no list.
    author: authors.length ? authors : undefined,
    category: (post.categories ?? []).flatMap((category) =>
      typeof category === 'object' && category.title
        ? [{ name: text(category.title), term: category.slug || category.title }]
        : [],
    ),
    content: renderHtml(post.content, options, uploads),
    date: new Date(post.updatedAt),
    description: meta.description ? text(meta.description) : undefined,
    id: postTag(post, host, options.slugs.posts),
    image: image && enclosureOf(image),
    link,
    published: post.publishedAt ? new Date(post.publishedAt) : undefined,
    title: text(post.title),
  }
}

/**
 * The post feed, for XML (RSS, Atom) or JSON, of the posts the site has a page for (an item
 * must link somewhere). Its `updated` is the newest such post's, not the time of the request, so
 * an unchanged feed renders byte for byte the same (and keeps its ETag).
 */
export const buildPostFeed = (
  req: PayloadRequest,
  posts: FeedPost[],
  options: SanitizedNewsroomOptions,
  { xml }: { xml: boolean },
): Feed => {
  const shown = posts.flatMap((post) => {
    const link = options.generateURL({ collection: options.slugs.posts, doc: post })
    return link === null ? [] : [{ link, post }]
  })
  const updated = lastModifiedOf(shown.map(({ post }) => post))
  const host = new URL(options.siteURL).hostname
  const api = `${req.payload.config.serverURL || req.origin}${req.payload.config.routes.api}`
  const feed = new Feed({
    description: `The latest posts from ${host}`,
    feedLinks: {
      atom: `${api}${postFeedPaths.atom}`,
      json: `${api}${postFeedPaths.json}`,
      rss: `${api}${postFeedPaths.rss}`,
    },
    id: `${options.siteURL}/`,
    link: `${options.siteURL}/`,
    title: host,
    updated,
  })
  const context = { host, text: xml ? textOnly : asIs, uploads: uploadsBase(req) }
  for (const item of shown) feed.addItem(toItem(item, options, context))
  return feed
}
