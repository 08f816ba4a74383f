import type { Payload, SanitizedConfig } from 'payload'

import { createHash } from 'node:crypto'

import { CONTENT_STAMPS_SLUG } from '../../utilities/contentStamps.js'

// The parts of the config that shape an answer's JSON: a deploy that adds or renames a field
// changes every validator, though no document changed.
const SHAPE = ['c', 'g', 'slug', 'flattenedFields', 'name', 'type', 'relationTo', 'collection', 'hasMany', 'localized', 'blocks', 'blockReferences']
const shapes = new WeakMap<SanitizedConfig, string>()

const shapeOf = (config: SanitizedConfig): string => {
  let shape = shapes.get(config)
  if (shape === undefined) {
    const json = JSON.stringify({ c: config.collections, g: config.globals }, SHAPE)
    shape = createHash('sha256').update(json).digest('base64url')
    shapes.set(config, shape)
  }
  return shape
}

/**
 * The content validator of one answer, read before the answer is built: the stamps of every
 * collection and global it can show (`keys`), the config's shape, and the request (`key`: its
 * path and query). One query, of a collection with a row per stamped collection. Read first, it
 * can only make an answer look older than it is: a change that commits while the answer is built
 * renews a stamp, so the next request gets a new validator and a 200, never a stale 304.
 */
export const contentValidator = async (payload: Payload, keys: string[], key: string): Promise<string> => {
  const { docs } = await payload.find({
    collection: CONTENT_STAMPS_SLUG,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { key: true, stamp: true },
  })
  const stamps = new Map(docs.map((doc) => [String(doc.key), String(doc.stamp)]))
  const lines = keys.map((k) => `${k}=${stamps.get(k) ?? '-'}`)
  const hash = createHash('sha256').update([shapeOf(payload.config), key, ...lines].join('\n'))
  return `"v-${hash.digest('base64url')}"`
}
