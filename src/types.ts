import type { CollectionConfig, Field } from 'payload'

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

/** The roles a user can hold. `site` is for front ends: read-only, drafts included, by API key. */
export type NewsroomRole = 'admin' | 'editor' | 'site'

/**
 * Changes one collection the plugin builds, in the shape of `@payloadcms/plugin-redirects`:
 * `fields` receives the plugin's fields and returns the ones to use; everything else is spread
 * over the plugin's collection config, the user's values last.
 */
export type CollectionOverride = {
  fields?: (args: { defaultFields: Field[] }) => Field[]
} & Partial<Omit<CollectionConfig, 'fields' | 'slug'>>

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
   * Where files uploaded to the imports collection are stored, relative to the working directory.
   * @default 'imports'
   */
  importsDir?: string
  /**
   * Limits for GraphQL, which the plugin adds to the host's: nesting depth, and complexity
   * (Payload's `graphQL.maxComplexity`, kept when the host set a lower one).
   * @default { maxDepth: 8, maxComplexity: 1000 }
   */
  graphQL?: { maxComplexity?: number; maxDepth?: number }
  /**
   * Capture files or folders to import when the app starts on an empty database (no posts), so
   * that a fresh install has content. Skipped when `disabled`.
   * @default []
   */
  importOnEmpty?: string[]
  /**
   * Where uploaded media files are stored on disk, relative to the working directory.
   * @default 'media'
   */
  mediaDir?: string
  /**
   * Per-collection overrides: `fields({ defaultFields })` plus any part of a `CollectionConfig`.
   * @default {}
   */
  overrides?: Partial<Record<NewsroomCollection, CollectionOverride>>
  /**
   * The public site's base URL, used for links in feeds, calendars, the sitemap and JSON-LD.
   * @default process.env.SITE_URL, else 'http://localhost:3000'
   */
  siteURL?: string
  /**
   * The slug of each collection.
   * @default { posts: 'posts', events: 'events', products: 'products', categories: 'categories', media: 'media', users: 'users', redirects: 'redirects', imports: 'imports' }
   */
  slugs?: Partial<Record<NewsroomCollection, string>>
}

/** The options with every default resolved once, in `sanitizeOptions`, and passed everywhere. */
export interface SanitizedNewsroomOptions {
  access: Record<NewsroomCollection, CollectionConfig['access']>
  catalogue?: string
  disabled: boolean
  graphQL: { maxComplexity: number; maxDepth: number }
  importOnEmpty: string[]
  importsDir: string
  mediaDir: string
  overrides: Record<NewsroomCollection, CollectionOverride>
  /** Without a trailing slash. */
  siteURL: string
  slugs: Record<NewsroomCollection, string>
}
