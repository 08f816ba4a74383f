import type { CollectionConfig } from 'payload'

import type * as Values from './options/optionTypes.js'

/** The collections Newsroom adds, by their role (not their slug, which is configurable). */
export type NewsroomCollection =
  | 'categories'
  | 'events'
  | 'imports'
  | 'media'
  | 'posts'
  | 'products'
  | 'redirects'
  | 'users'

export const newsroomCollections: readonly NewsroomCollection[] = [
  'posts',
  'events',
  'products',
  'categories',
  'media',
  'users',
  'redirects',
  'imports',
]

/**
 * The collections a host may already have, which Newsroom then joins instead of adding its own:
 * Payload's templates have users and media, the website template posts and categories, and
 * plugin-redirects makes redirects.
 */
export type HostCollectionRole = 'categories' | 'media' | 'posts' | 'redirects' | 'users'

export const hostCollectionRoles: readonly HostCollectionRole[] = [
  'posts',
  'categories',
  'redirects',
  'users',
  'media',
]

/** The roles a user can hold. `site` is for front ends: read-only, drafts included, by API key. */
export type NewsroomRole = 'admin' | 'editor' | 'site'


// The types of single option values live beside the options' checks; re-exported from here.
export type * from './options/optionTypes.js'

export interface NewsroomPluginOptions {
  /**
   * Access functions per collection, merged over the plugin's defaults (published-only for the
   * public, content work for editors and admins, user management for admins).
   * @default {}
   */
  access?: Partial<Record<NewsroomCollection, CollectionConfig['access']>>
  /**
   * Path to the product catalogue (JSON) the importer upserts products from and scans for.
   * @default the catalogue bundled with the package (`seed/catalogue/products.json`)
   */
  catalogue?: string
  /**
   * Keep the collections (so the schema and the types stay the same) but skip every side effect:
   * the first-run seed, background jobs and `onInit` work.
   * @default false
   */
  disabled?: boolean
  /**
   * A document's public URL, used everywhere Newsroom makes a public link: feeds, calendars, the
   * sitemap, JSON-LD, preview and redirects. Return `null` for a document the site has no page
   * for: it is then left out of all of them, and revalidation sends only its tags.
   * @default ({ collection, doc, siteURL }) => `${siteURL}/${collection}/${doc.slug}`
   */
  generateURL?: Values.GenerateURL
  /**
   * Where files uploaded to the imports collection are stored, relative to the working directory.
   * @default 'imports'
   */
  importsDir?: string
  /**
   * Limits for GraphQL, which the plugin adds to the host's: nesting depth, and complexity
   * (Payload's `graphQL.maxComplexity`, kept when the host set a lower one). `false`: the host's
   * GraphQL settings stay exactly as the host wrote them.
   * @default { maxDepth: 8, maxComplexity: 1000 }
   */
  graphQL?: { maxComplexity?: number; maxDepth?: number } | false
  /**
   * The health endpoint (`GET /api/newsroom/health`). `storage`: a check of the host's file
   * storage (an S3 `HeadBucket`, say) that rejects when it does not answer; without it the
   * endpoint reports the storage as `not configured`.
   * @default {}
   */
  health?: { storage?: () => Promise<unknown> }
  /**
   * Imports bring every file a post uses (inline images, featured images, attachments,
   * thumbnails, enclosures) into the media collection, through Payload's upload pipeline, so
   * storage adapters and image sizes apply. Files are downloaded with guards: hosts that resolve
   * to loopback, private, link-local or metadata addresses are refused unless listed in `hosts`
   * (`host` or `host:port`); at most `maxBytes` per file and `timeoutMs` per attempt. `false`
   * (or no media collection): files stay remote URLs, as the command line's `--no-media` does.
   * @default { hosts: [], maxBytes: 26214400, timeoutMs: 30000 }
   */
  importMedia?: false | Values.ImportMediaOptions
  /**
   * Anonymous GETs (REST, GraphQL GET, feeds, calendars, the sitemap) read a cheap content
   * validator before any work: a matching `If-None-Match` is a 304 with no query, and a repeated
   * request is answered from memory while the validator stands (docs/performance.md).
   * @default { memoryBytes: 16777216, validator: true }
   */
  httpCache?: Values.HttpCacheOptions
  /**
   * Capture files or folders to import when the app starts on an empty database (no posts), so
   * that a fresh install has content. Skipped when `disabled`.
   * @default []
   */
  importOnEmpty?: string[]
  /**
   * The collection of categories. A host collection of that slug (Payload's website template has
   * one) is joined: Newsroom adds its fields where the host has none, and its access rules, which
   * must allow as well as the host's. `false`: no categories; posts have none unless the host's
   * posts do.
   * @default { collection: slugs.categories } (that is, `'categories'`)
   */
  categories?: { collection?: string } | false
  /**
   * The upload collection for images. With the host's own upload collection of that slug, Newsroom
   * extends it (the host's fields, hooks and storage stay; writes become staff-only, composed with
   * the host's access); without one, Newsroom adds its own. `false`: no media collection, and
   * posts have no hero image.
   * @default { collection: slugs.media } (that is, `'media'`)
   */
  media?: { collection?: string } | false
  /**
   * Where uploaded media files are stored on disk, relative to the working directory. Used only
   * for Newsroom's own media collection: an extended host collection keeps its own storage.
   * @default 'media'
   */
  mediaDir?: string
  /**
   * Per-collection overrides: `fields({ defaultFields })` plus any part of a `CollectionConfig`.
   * @default {}
   */
  overrides?: Partial<Record<NewsroomCollection, Values.CollectionOverride>>
  /**
   * The collection of posts. A host collection of that slug (Payload's website template has one)
   * is joined: the host's fields, hooks, admin settings and versions stay; Newsroom adds the fields
   * it needs that the host lacks (mentions, excerpt, source…), its hooks after the host's, and its
   * access rules, which must allow as well as the host's. The importer writes there, and mention
   * scans read its rich-text `content`. Posts cannot be turned off: the importer, feeds and
   * mentions are built on them.
   * @default { collection: slugs.posts } (that is, `'posts'`)
   */
  posts?: { collection?: string }
  /**
   * Preview and live preview of posts and events on the site: the site's preview route, which
   * checks a link signed with `secret` (shared with the site), enters draft mode and shows the
   * page. `false`: no preview button.
   * @default { secret: process.env.PREVIEW_SECRET, route: '/api/preview' } when that variable is set, else false
   */
  preview?: { route?: string; secret: string } | false
  /**
   * The organization that publishes the site, in JSON-LD: every post's `publisher`, and its
   * author when the post names none; a product page's publisher. `url` and `logo` (an image) are
   * absolute URLs or paths on `siteURL`.
   * @default { name: siteURL's host without `www.`, url: siteURL }
   */
  publisher?: Values.Publisher
  /**
   * The collection of redirects (old blog addresses → posts). A host collection of that slug
   * (`@payloadcms/plugin-redirects` makes one) is joined, as posts are. `false`: the importer
   * records no redirects.
   * @default { collection: slugs.redirects } (that is, `'redirects'`)
   */
  redirects?: { collection?: string } | false
  /**
   * Sites to call when a published post, event or product changes, with the changed paths and
   * tags, signed with each site's secret. Calls go through the jobs queue (retried with backoff),
   * so a site that is down never blocks a save.
   * @default []
   */
  revalidate?: Values.RevalidateTarget[]
  /**
   * `seoPlugin` from `@payloadcms/plugin-seo` (installed at the host's Payload version): Newsroom
   * applies it to posts, events and products, fills empty meta from the content, and uses the
   * meta in feeds, the sitemap and JSON-LD. Leave out for no SEO fields.
   */
  seo?: Values.SeoPlugin
  /**
   * The categories a product can have (the products' `category` select, `'other'` its default
   * when listed). The catalogue's products must use these values: loading it fails otherwise,
   * naming the product and the values allowed.
   * @default the bundled catalogue's: hypervisor, os-virtualization, application-virtualization,
   * operating-system, hardware, management, other
   */
  productCategories?: Values.ProductCategory[]
  /**
   * The public site's base URL, used for links in feeds, calendars, the sitemap and JSON-LD.
   * @default process.env.SITE_URL, else 'http://localhost:3000'
   */
  siteURL?: string
  /**
   * How many documents each sitemap file lists: `/sitemap.xml` becomes a sitemap index of
   * numbered files once there are more (`/sitemap-<collection>-<n>.xml`).
   * @default { urlsPerFile: 50000 }
   */
  sitemap?: Values.SitemapOptions
  /**
   * The slug of each collection.
   * @default { posts: 'posts', events: 'events', products: 'products', categories: 'categories', media: 'media', users: 'users', redirects: 'redirects', imports: 'imports' }
   */
  slugs?: Partial<Record<NewsroomCollection, string>>
  /**
   * The auth collection of the people (and site keys) who use Newsroom: by default the one the
   * host's `admin.user` names, else `'users'`. When the host has a collection of that slug,
   * Newsroom extends it (roles, API keys, a display name, its access rules composed with the
   * host's); otherwise it adds its own. `false`: Newsroom adds none and touches none, and posts
   * have no authors.
   * @default { collection: slugs.users ?? the host's admin.user ?? 'users' }
   */
  users?: { collection?: string } | false
}

/**
 * A collection the host may already have (posts, categories, redirects, users, media) after
 * sanitizing: its slug (also in `slugs`), and whether it is the host's own collection, which
 * Newsroom joins, or one Newsroom adds.
 */
export interface ResolvedCollection {
  collection: string
  extend: boolean
}

/** The slug of each of Newsroom's collections, as the host configured them. */
export type NewsroomSlugs = Record<NewsroomCollection, string>

/** The options with every default resolved once, in `sanitizeOptions`, and passed everywhere. */
export interface SanitizedNewsroomOptions {
  access: Record<NewsroomCollection, CollectionConfig['access']>
  catalogue?: string
  /** `false` when the host turned categories off. */
  categories: false | ResolvedCollection
  disabled: boolean
  /**
   * A document's public URL, `generateURL` or the default shape, resolved against `siteURL`;
   * `null` when the host's `generateURL` says the document has no page.
   */
  generateURL: (args: { collection: string; doc: Values.URLDoc }) => null | string
  /** `false` when the host keeps its own GraphQL settings. */
  graphQL: false | { maxComplexity: number; maxDepth: number }
  health: { storage?: () => Promise<unknown> }
  httpCache: Required<Values.HttpCacheOptions>
  /** `false` when media import is off, or there is no media collection. */
  importMedia: false | Required<Values.ImportMediaOptions>
  importOnEmpty: string[]
  importsDir: string
  /** `false` when the host turned media off. */
  media: false | ResolvedCollection
  mediaDir: string
  overrides: Record<NewsroomCollection, Values.CollectionOverride>
  posts: ResolvedCollection
  /** The site's preview route as an absolute URL, and the secret that signs links to it. */
  preview: false | { secret: string; url: string }
  productCategories: readonly Values.ProductCategory[]
  /** The site's organization, its URLs absolute. */
  publisher: { logo?: string; name: string; url: string }
  /** `false` when the host turned redirects off. */
  redirects: false | ResolvedCollection
  revalidate: Values.RevalidateTarget[]
  seo: false | Values.SeoPlugin
  sitemap: Required<Values.SitemapOptions>
  /** Without a trailing slash. */
  siteURL: string
  slugs: NewsroomSlugs
  /** `false` when the host turned Newsroom's users off. */
  users: false | ResolvedCollection
}
