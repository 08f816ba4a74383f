import type { CollectionConfig, Config, Field } from 'payload'

/** The types of single option values: overrides, product categories, page URLs, sites, SEO. */

/** One value of the products' `category` select: the label editors see and the value stored. */
export interface ProductCategory {
  label: string
  value: string
}

/**
 * Changes one collection the plugin builds: `fields` receives the plugin's fields and returns
 * the ones to use; everything else is spread over the plugin's collection config, the user's
 * values last.
 */
export type CollectionOverride = {
  fields?: (args: { defaultFields: Field[] }) => Field[]
} & Partial<Omit<CollectionConfig, 'fields' | 'slug'>>

/** A document as `generateURL` sees it: enough to build its page's address. */
export interface URLDoc {
  id: number | string
  slug?: null | string
}

/**
 * A document's public page, as an absolute URL or a path on `siteURL`, or `null` when the site has
 * no page for it (the document is then left out of feeds, the sitemap, JSON-LD links and
 * revalidation paths). Receives the collection's slug (as the host configured it) and the site's
 * base URL (`siteURL`, no trailing slash).
 */
export type GenerateURL = (args: {
  collection: string
  doc: URLDoc
  siteURL: string
}) => null | string

/**
 * The organization that publishes the site, as JSON-LD names it. `url` and `logo` are absolute
 * URLs or paths on `siteURL`.
 */
export interface Publisher {
  logo?: string
  name?: string
  url?: string
}

/** One site to call when published content changes: its revalidation route and shared secret. */
export interface RevalidateTarget {
  secret: string
  url: string
}

/** What plugin-seo hands its generate functions: the edited document, its id and collection. */
export interface SeoGenerateArgs {
  collectionConfig?: { slug: string }
  doc: unknown
  /** The document's id; the admin's form data (`doc`) has none. Unset while it is being created. */
  id?: number | string
}

/**
 * `seoPlugin` from `@payloadcms/plugin-seo`, at the host's Payload version. Typed by the part
 * Newsroom calls, so the package does not depend on plugin-seo (it pins Payload exactly).
 */
export type SeoPlugin = (config: {
  collections?: string[]
  generateDescription?: (args: SeoGenerateArgs) => string | Promise<string>
  generateImage?: (args: SeoGenerateArgs) => number | string | Promise<number | string>
  generateTitle?: (args: SeoGenerateArgs) => string | Promise<string>
  generateURL?: (args: SeoGenerateArgs) => string | Promise<string>
  tabbedUI?: boolean
  uploadsCollection?: string
}) => (config: Config) => Config | Promise<Config>

/** How imports fetch the files posts use (`importMedia`). */
export interface ImportMediaOptions {
  /** Hosts allowed although they resolve to private or loopback addresses: an intranet blog. */
  hosts?: string[]
  /** @default 26214400 (25 MB) */
  maxBytes?: number
  /** Per attempt. @default 30000 */
  timeoutMs?: number
}

/** How anonymous answers are validated and kept (`httpCache`). */
export interface HttpCacheOptions {
  /**
   * Bytes of anonymous answers each app instance keeps in memory, keyed by the request and its
   * content validator; the least recently used go first. `0` keeps none.
   * @default 16777216 (16 MiB)
   */
  memoryBytes?: number
  /**
   * Read the content validator (the stamps of the collections an answer can show) before the
   * answer is built, so a matching `If-None-Match` is a 304 without a query. `false`: the ETag is
   * the hash of the built body, as before, and nothing is kept in memory.
   * @default true
   */
  validator?: boolean
}

/** How the sitemap is split (`sitemap`). */
export interface SitemapOptions {
  /**
   * Published documents per sitemap file, at most the protocol's 50,000. While every published
   * post, event and product fits in one file, `/sitemap.xml` lists them all; past that it is a
   * sitemap index of files of at most this many documents each, per collection.
   * @default 50000
   */
  urlsPerFile?: number
}
