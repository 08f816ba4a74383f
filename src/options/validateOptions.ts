import type { HostCollectionRole, NewsroomPluginOptions } from '../types.js'

import { hostCollectionRoles, newsroomCollections } from '../types.js'

const fail = (option: string, problem: string): never => {
  throw new Error(`[newsroom] Invalid option \`${option}\`: ${problem}`)
}

const SLUG = /^[a-z][a-z0-9-_]*$/
const KNOWN = ['access', 'catalogue', 'categories', 'disabled', 'generateURL', 'graphQL', 'health', 'httpCache', 'importMedia', 'importOnEmpty', 'importsDir', 'media', 'mediaDir', 'overrides', 'posts', 'preview', 'productCategories', 'publisher', 'redirects', 'revalidate', 'seo', 'sitemap', 'siteURL', 'slugs', 'users']

const checkRecord = (name: string, value: unknown, check?: (key: string, v: unknown) => void) => {
  if (value === undefined) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(name, 'must be an object keyed by collection (posts, events, …)')
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(newsroomCollections as readonly string[]).includes(key)) {
      fail(`${name}.${key}`, `unknown collection; expected one of ${newsroomCollections.join(', ')}`)
    }
    check?.(key, v)
  }
}

/** `posts: { collection }`, `users: { collection }`… name a slug, as `slugs.posts` would. */
const namedCollections = (options: NewsroomPluginOptions): Record<string, string> =>
  Object.fromEntries(
    hostCollectionRoles.flatMap((name) => {
      const value = options[name]
      return value && typeof value.collection === 'string' ? [[name, value.collection]] : []
    }),
  )

const checkHostCollection = (name: HostCollectionRole, options: NewsroomPluginOptions) => {
  const value: unknown = options[name]
  if (value === undefined) return
  const shape = name === 'posts' ? '{ collection?: string }' : 'false or { collection?: string }'
  if (value === false && name === 'posts') {
    return fail(name, `must be ${shape}: Newsroom's importer, feeds and mentions are built on posts`)
  }
  if (value === false) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(name, `must be ${shape}`)
  }
  for (const key of Object.keys(value)) {
    if (key !== 'collection') fail(`${name}.${key}`, 'unknown option; expected collection')
  }
  const { collection } = value as { collection?: unknown }
  if (collection === undefined) return
  if (typeof collection !== 'string' || !SLUG.test(collection)) {
    fail(`${name}.collection`, `"${String(collection)}" is not a valid slug (lowercase letters, digits, - and _)`)
  }
  const slug = options.slugs?.[name]
  if (slug !== undefined && slug !== collection) {
    fail(`${name}.collection`, `"${collection}" differs from \`slugs.${name}\` ("${slug}"); set one of them`)
  }
}

const checkGraphQL = (graphQL: unknown) => {
  if (graphQL === undefined || graphQL === false) return
  if (typeof graphQL !== 'object' || graphQL === null || Array.isArray(graphQL)) {
    return fail('graphQL', 'must be false or { maxComplexity?: number, maxDepth?: number }')
  }
  for (const limit of ['maxComplexity', 'maxDepth'] as const) {
    const value: unknown = (graphQL as Record<string, unknown>)[limit]
    if (value !== undefined && (!Number.isInteger(value) || Number(value) < 1)) {
      fail(`graphQL.${limit}`, 'must be a whole number of at least 1')
    }
  }
}

const checkProductCategories = (categories: unknown) => {
  if (categories === undefined) return
  if (!Array.isArray(categories) || categories.length === 0) {
    return fail('productCategories', 'must be a non-empty array of { label, value }')
  }
  const values = new Set<string>()
  categories.forEach((category: unknown, index) => {
    const { label, value } = (category ?? {}) as Record<string, unknown>
    const name = `productCategories[${index}]`
    if (typeof label !== 'string' || !label.trim()) fail(`${name}.label`, 'must be a non-empty string')
    if (typeof value !== 'string' || !SLUG.test(value)) {
      fail(`${name}.value`, `"${String(value)}" must be lowercase letters, digits, - and _`)
    }
    if (values.has(String(value))) fail(`${name}.value`, `"${String(value)}" is listed twice`)
    values.add(String(value))
  })
}

const isURL = (value: unknown): boolean => /^https?:\/\/[^/\s]+/.test(String(value))

const checkSiteHooks = (options: NewsroomPluginOptions) => {
  for (const name of ['generateURL', 'seo'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      fail(name, name === 'seo' ? "must be seoPlugin from '@payloadcms/plugin-seo'" : 'must be a function')
    }
  }
  const { preview, revalidate } = options
  if (preview !== undefined && preview !== false) {
    if (typeof preview !== 'object' || preview === null || typeof preview.secret !== 'string' || !preview.secret) {
      fail('preview.secret', 'must be a non-empty string shared with the site (or set preview: false)')
    }
    if (preview.route !== undefined && !String(preview.route).startsWith('/') && !isURL(preview.route)) {
      fail('preview.route', `"${String(preview.route)}" must be a site path such as /api/preview, or an absolute URL`)
    }
  }
  if (revalidate === undefined) return
  if (!Array.isArray(revalidate)) return fail('revalidate', 'must be an array of { url, secret }')
  revalidate.forEach((target: unknown, i) => {
    const { secret, url } = (target ?? {}) as Record<string, unknown>
    if (!isURL(url)) fail(`revalidate[${i}].url`, `"${String(url)}" must be an absolute http(s) URL`)
    if (typeof secret !== 'string' || !secret) fail(`revalidate[${i}].secret`, 'must be a non-empty string')
  })
}

const checkPublisher = ({ publisher }: NewsroomPluginOptions) => {
  if (publisher === undefined) return
  if (typeof publisher !== 'object' || publisher === null || Array.isArray(publisher)) {
    return fail('publisher', 'must be an object: { name?, url?, logo? }')
  }
  for (const [key, value] of Object.entries(publisher) as [string, unknown][]) {
    const name = `publisher.${key}`
    if (!['logo', 'name', 'url'].includes(key)) fail(name, 'unknown option; expected name, url or logo')
    if (key === 'name' && (typeof value !== 'string' || !value.trim())) {
      fail(name, 'must be a non-empty string')
    }
    if (key !== 'name' && (typeof value !== 'string' || (!value.startsWith('/') && !isURL(value)))) {
      fail(name, `"${String(value)}" must be an absolute http(s) URL or a path on siteURL`)
    }
  }
}

const checkHealth = ({ health }: NewsroomPluginOptions) => {
  if (health === undefined) return
  if (typeof health !== 'object' || health === null || Array.isArray(health)) {
    return fail('health', 'must be an object: { storage?: () => Promise<unknown> }')
  }
  if (health.storage !== undefined && typeof health.storage !== 'function') {
    fail('health.storage', 'must be a function that rejects when the storage does not answer')
  }
}

const checkImportMedia = (media: NewsroomPluginOptions['importMedia']): void => {
  if (media === undefined || media === false) return
  if (typeof media !== 'object' || media === null) fail('importMedia', 'must be false or { hosts, maxBytes, timeoutMs }')
  const { hosts, maxBytes, timeoutMs } = media
  if (hosts !== undefined && (!Array.isArray(hosts) || hosts.some((h) => typeof h !== 'string' || !h))) {
    fail('importMedia.hosts', 'must be an array of host names, such as ["intranet.example:8080"]')
  }
  for (const [key, value] of [['maxBytes', maxBytes], ['timeoutMs', timeoutMs]] as const) {
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
      fail(`importMedia.${key}`, 'must be a positive whole number')
    }
  }
}

const checkHttpCache = (cache: NewsroomPluginOptions['httpCache']): void => {
  if (cache === undefined) return
  if (typeof cache !== 'object' || cache === null) fail('httpCache', 'must be { memoryBytes, validator }')
  const { memoryBytes, validator } = cache
  if (memoryBytes !== undefined && !(Number.isInteger(memoryBytes) && memoryBytes >= 0)) {
    fail('httpCache.memoryBytes', 'must be a whole number of bytes, 0 to keep nothing')
  }
  if (validator !== undefined && typeof validator !== 'boolean') fail('httpCache.validator', 'must be true or false')
}

// The sitemap protocol's limit of URLs in one file.
const MAX_URLS_PER_FILE = 50_000

const checkSitemap = (sitemap: NewsroomPluginOptions['sitemap']): void => {
  if (sitemap === undefined) return
  if (typeof sitemap !== 'object' || sitemap === null) fail('sitemap', 'must be { urlsPerFile }')
  const { urlsPerFile } = sitemap
  if (urlsPerFile === undefined) return
  if (!Number.isInteger(urlsPerFile) || urlsPerFile < 1 || urlsPerFile > MAX_URLS_PER_FILE) {
    fail('sitemap.urlsPerFile', `must be a whole number from 1 to ${MAX_URLS_PER_FILE} (the sitemap protocol's limit)`)
  }
}

/** Fails at init, naming the option, rather than at the first request. */
export const validateOptions = (options: NewsroomPluginOptions): void => {
  if (typeof options !== 'object' || options === null) fail('options', 'must be an object')
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key)) fail(key, `unknown option; expected one of ${KNOWN.join(', ')}`)
  }
  if (options.disabled !== undefined && typeof options.disabled !== 'boolean') {
    fail('disabled', 'must be true or false')
  }
  for (const dir of ['mediaDir', 'importsDir'] as const) {
    if (options[dir] !== undefined && (typeof options[dir] !== 'string' || !options[dir])) {
      fail(dir, 'must be a non-empty path')
    }
  }
  checkHealth(options)
  checkImportMedia(options.importMedia)
  checkHttpCache(options.httpCache)
  checkSitemap(options.sitemap)
  if (options.catalogue !== undefined && (typeof options.catalogue !== 'string' || !options.catalogue)) {
    fail('catalogue', 'must be the path of a product catalogue JSON file')
  }
  const paths = options.importOnEmpty
  if (paths !== undefined && (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string' || !p))) {
    fail('importOnEmpty', 'must be an array of file or folder paths')
  }
  if (options.siteURL !== undefined && !isURL(options.siteURL)) {
    fail('siteURL', `"${String(options.siteURL)}" must be an absolute http(s) URL`)
  }
  checkGraphQL(options.graphQL)
  checkSiteHooks(options)
  checkPublisher(options)
  checkProductCategories(options.productCategories)
  checkRecord('slugs', options.slugs, (key, slug) => {
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      fail(`slugs.${key}`, `"${String(slug)}" is not a valid slug (lowercase letters, digits, - and _)`)
    }
  })
  for (const name of hostCollectionRoles) checkHostCollection(name, options)
  // Every slug in use, defaults included, so `media: { collection: 'posts' }` is caught too.
  const named = { ...options.slugs, ...namedCollections(options) }
  const slugs = newsroomCollections
    .filter((c) => options[c as HostCollectionRole] !== false)
    .map((c) => named[c] ?? c)
  const duplicate = slugs.find((slug, i) => slugs.indexOf(slug) !== i)
  if (duplicate) fail('slugs', `"${duplicate}" is used for two collections`)
  checkRecord('access', options.access, (key, access) => {
    if (typeof access !== 'object' || access === null) fail(`access.${key}`, 'must be an object of access functions')
    for (const [op, fn] of Object.entries(access as Record<string, unknown>)) {
      if (typeof fn !== 'function') fail(`access.${key}.${op}`, 'must be a function')
    }
  })
  checkRecord('overrides', options.overrides, (key, override) => {
    if (typeof override !== 'object' || override === null) fail(`overrides.${key}`, 'must be an object')
    const fields = (override as { fields?: unknown }).fields
    if (fields !== undefined && typeof fields !== 'function') {
      fail(`overrides.${key}.fields`, 'must be a function ({ defaultFields }) => fields')
    }
  })
}
