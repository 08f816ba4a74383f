import type { Endpoint, SanitizedConfig } from 'payload'

import { globalStampKey } from '../../utilities/contentStamps.js'
import { newsroomOptions } from '../../utilities/newsroomOptions.js'
import { isBookkeeping, stampedKeys } from './stamped.js'

/** The parts of a field that lead to other collections, whatever its type. */
interface Walked {
  blockReferences?: ({ flattenedFields: Walked[] } | string)[]
  blocks?: { flattenedFields: Walked[] }[]
  collection?: unknown
  flattenedFields?: Walked[]
  relationTo?: unknown
  type: string
}

const slugsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')

/**
 * The collections a document's fields can show: relationships, uploads and joins, at any depth
 * of groups, arrays, tabs and blocks; rich text, whose links and uploads may name any collection,
 * shows them all (`'*'`).
 */
const related = (config: SanitizedConfig, fields: Walked[]): Set<string> => {
  const found = new Set<string>()
  const walk = (list: Walked[]) => {
    for (const field of list) {
      if (field.type === 'richText') found.add('*')
      for (const slug of [...slugsOf(field.relationTo), ...slugsOf(field.collection)]) found.add(slug)
      if (field.flattenedFields) walk(field.flattenedFields)
      for (const block of field.blocks ?? []) walk(block.flattenedFields)
      for (const ref of field.blockReferences ?? []) {
        const block = typeof ref === 'string' ? config.blocks?.find((b) => b.slug === ref) : ref
        if (block) walk(block.flattenedFields)
      }
    }
  }
  walk(fields)
  return found
}

const covered = new WeakMap<SanitizedConfig, Map<string, null | string[]>>()

/**
 * The stamp keys covering everything an answer about `start` (collection slugs, or global keys)
 * can show, populated documents of any depth included; `null` when any of them has no stamp, so
 * the answer must be hashed instead.
 */
export const coveredKeys = (config: SanitizedConfig, start: string[]): null | string[] => {
  // The config does not change while it runs: each start is walked once, not on every request.
  const byStart = covered.get(config) ?? new Map<string, null | string[]>()
  covered.set(config, byStart)
  const key = start.join('\n')
  if (!byStart.has(key)) byStart.set(key, walkCovered(config, start))
  return byStart.get(key) ?? null
}

const walkCovered = (config: SanitizedConfig, start: string[]): null | string[] => {
  const stamped = stampedKeys(config)
  const imports = newsroomOptions({ config }).slugs.imports
  const shown = config.collections.filter((c) => !isBookkeeping(c.slug, imports))
  const fieldsOf = (key: string) =>
    key.startsWith('global:')
      ? config.globals.find((g) => globalStampKey(g.slug) === key)?.flattenedFields
      : config.collections.find((c) => c.slug === key)?.flattenedFields
  const keys = new Set<string>()
  const queue = [...start]
  while (queue.length) {
    const key = queue.shift() as string
    if (keys.has(key)) continue
    if (key === '*') {
      queue.push(...shown.map((c) => c.slug), ...config.globals.map((g) => globalStampKey(g.slug)))
      continue
    }
    keys.add(key)
    queue.push(...related(config, fieldsOf(key) ?? []))
  }
  const all = [...keys]
  return all.every((key) => stamped.has(key)) ? all.sort() : null
}

const patterns = new WeakMap<Endpoint, RegExp>()

/** Whether `endpoint` answers a GET of `path`, its `:params` matching any one segment. */
const matches = (endpoint: Endpoint, path: string): boolean => {
  if (!['get', 'head'].includes(endpoint.method)) return false
  let pattern = patterns.get(endpoint)
  if (!pattern) {
    pattern = new RegExp(`^${endpoint.path.replace(/:[^/]+/g, '[^/]+').replace(/\/+$/, '')}/?$`)
    patterns.set(endpoint, pattern)
  }
  return pattern.test(path)
}

// The first endpoint that answers `path`, as Payload routes: its sanitized `endpoints` list a
// collection's own first and Payload's default reads (`/`, `/:id`) after them.
const answering = (endpoints: Endpoint[] | false, path: string): Endpoint | undefined =>
  (endpoints || []).find((endpoint) => matches(endpoint, path))

/** Whether Payload's own read answers `path`: its list or document, not a custom endpoint. */
const isPayloadRead = (endpoints: Endpoint[] | false, path: string): boolean =>
  ['/', '/:id'].includes(answering(endpoints, path)?.path ?? '')

/**
 * What an anonymous GET under the API route reads, when it is one of Payload's own reads: a
 * collection's list or document (`/posts`, `/posts/12`) or a global (`/globals/site`). `null` for
 * anything a custom endpoint answers (Newsroom's feeds validate themselves; a host's endpoint
 * may show anything) and for the rest of Payload's routes (versions, auth, access, files).
 */
export const readTarget = (config: SanitizedConfig, apiPath: string): null | string[] => {
  const segments = apiPath.split('/').filter(Boolean).map(decodeURIComponent)
  if (answering(config.endpoints, apiPath)) return null
  const [first, second, ...rest] = segments
  if (rest.length) return null
  if (first === 'globals' && second) {
    const global = config.globals.find((g) => g.slug === second)
    return global && isPayloadRead(global.endpoints, '/') ? [globalStampKey(second)] : null
  }
  const collection = config.collections.find((c) => c.slug === first)
  if (!collection || !isPayloadRead(collection.endpoints, second ? `/${second}` : '/')) return null
  return [collection.slug]
}
