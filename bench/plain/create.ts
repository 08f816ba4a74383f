/**
 * P4's baseline, run by bench/plainCreate.ts in a process of its own on a database of its own:
 * plain Payload (plainConfig: no Newsroom hooks) creates the documents Newsroom's first import
 * wrote, one Local API `create` at a time at depth 0, as a migration script would; each
 * relationship points at the copy created before it. Only the creates are timed.
 *   node --import tsx bench/plain/create.ts <documents.json> <result.json>
 */
import { readFileSync } from 'node:fs'
import { buildConfig, getPayload } from 'payload'

import type { PlainCollection, PlainCreateResult } from '../plainDocuments.js'

import { childArgs, writeChildResult } from '../child.js'
import { REF } from '../plainDocuments.js'
import { plainConfig } from './plainConfig.js'

const { args, out } = childArgs()
const collections = JSON.parse(readFileSync(args[0], 'utf8')) as PlainCollection[]
const config = await buildConfig({
  ...(await plainConfig()),
  logger: { options: { level: 'fatal' } },
})
const payload = await getPayload({ config })

// Our id → the copy's, by `slug:id`.
const copies = new Map<string, number | string>()
const resolve = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(resolve)
  if (value === null || typeof value !== 'object') return value
  const target = (value as Record<string, unknown>)[REF]
  if (typeof target === 'string') {
    const id = copies.get(target)
    if (id === undefined) throw new Error(`${target} was not copied before what points at it`)
    return id
  }
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, resolve(v)]))
}

const counts: Record<string, number> = {}
const started = performance.now()
for (const { docs, slug } of collections) {
  for (const doc of docs) {
    const data = resolve(doc.data) as Record<string, unknown>
    const created = await payload.create({ collection: slug, data, depth: 0 })
    copies.set(`${slug}:${doc.id}`, created.id)
  }
  counts[slug] = docs.length
}
const result: PlainCreateResult = { counts, ms: performance.now() - started }
writeChildResult(out, result)
