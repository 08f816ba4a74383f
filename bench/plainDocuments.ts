import type { Field, Payload } from 'payload'

import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { BenchDatabase } from './database.js'

import { newsroomOptions } from '../src/utilities/newsroomOptions.js'
import { runChild } from './child.js'

type Data = Record<string, unknown>

/** What bench/plain/create.ts reports: the time of the creates, and how many of each collection. */
export interface PlainCreateResult {
  counts: Record<string, number>
  ms: number
}

/** A relationship's target in the file the child reads: `{ $ref: 'products:12' }`, our id. */
export const REF = '$ref'

/** The documents of one collection, in the order they are created, each with our id. */
export interface PlainCollection {
  docs: { data: Data; id: number | string }[]
  slug: string
}

// What the first import writes, referenced before referencing: categories and products before
// the posts that name them, posts before the events and redirects that point at them.
const ROLES = ['categories', 'products', 'posts', 'events', 'redirects'] as const

// Computed at read time, never stored: plain Payload has no such fields (plain/plainConfig.ts).
const computed = (field: Field): boolean =>
  field.type === 'join' || ('virtual' in field && field.virtual === true)

const ref = (relationTo: string | string[], value: unknown): unknown => {
  if (value === null || value === undefined) return value
  if (typeof relationTo === 'string') return { [REF]: `${relationTo}:${String(value)}` }
  const { relationTo: to, value: id } = value as { relationTo: string; value: unknown }
  return { relationTo: to, value: ref(to, id) }
}

/**
 * A stored document as data for `payload.create`: its fields without the computed ones, and
 * every relationship and upload made a reference the child resolves to the copy's id. Rich text
 * is copied as it is: the generated capture links to nothing in the database.
 */
const plainData = (fields: Field[], data: Data): Data => {
  const out: Data = {}
  for (const field of fields) {
    if (computed(field)) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          out[tab.name] = plainData(tab.fields, (data[tab.name] ?? {}) as Data)
        else Object.assign(out, plainData(tab.fields, data))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) Object.assign(out, plainData(field.fields, data))
      continue
    }
    const value = data[field.name]
    if (value === undefined) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      out[field.name] = Array.isArray(value)
        ? value.map((v) => ref(field.relationTo, v))
        : ref(field.relationTo, value)
    } else if ((field.type === 'array' || field.type === 'group') && Array.isArray(value)) {
      out[field.name] = value.map((row: Data) => plainData(field.fields, row))
    } else if (field.type === 'group' && value) {
      out[field.name] = plainData(field.fields, value as Data)
    } else out[field.name] = value
  }
  return out
}

/**
 * The documents Newsroom's import wrote, read back at depth 0 with hidden fields, less ids,
 * timestamps, joins and virtual fields: what plain Payload is given to create (P4's baseline).
 */
export const plainDocuments = async (payload: Payload): Promise<PlainCollection[]> => {
  const { slugs } = newsroomOptions(payload)
  const collections: PlainCollection[] = []
  for (const role of ROLES) {
    const slug = slugs[role]
    const config = payload.collections[slug]?.config
    if (!config) continue
    // Not read at all: a post's JSON-LD, for one, is built by a hook that queries.
    const skip = config.fields.flatMap((f) =>
      computed(f) && 'name' in f ? [[f.name, false] as const] : [],
    )
    const { docs } = await payload.find({
      collection: slug,
      depth: 0,
      pagination: false,
      ...(skip.length ? { select: Object.fromEntries(skip) } : {}),
      showHiddenFields: true,
      sort: 'createdAt',
    })
    const fields = config.fields.filter(
      (f) => !('name' in f) || !['createdAt', 'id', 'updatedAt'].includes(f.name),
    )
    if (docs.length)
      collections.push({
        docs: docs.map((doc) => ({ data: plainData(fields, doc), id: doc.id })),
        slug,
      })
  }
  return collections
}

/**
 * P4's baseline: plain Payload, in a process of its own on a fresh database of the run's engine,
 * creating the documents our first import wrote (bench/plain/create.ts).
 */
export const plainCreates = async (
  payload: Payload,
  database: BenchDatabase,
): Promise<PlainCreateResult> => {
  const input = path.join(database.tmpDir, 'plain-documents.json')
  writeFileSync(input, JSON.stringify(await plainDocuments(payload)))
  const sibling = database.sibling('p4_plain')
  try {
    const env = { ...process.env, DATABASE_URI: sibling.uri }
    return await runChild(
      'bench/plain/create.ts',
      [input],
      env,
      path.join(database.tmpDir, 'plain-created.json'),
    )
  } finally {
    await sibling.drop()
  }
}
