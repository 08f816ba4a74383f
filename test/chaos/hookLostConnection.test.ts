import type { CollectionConfig, Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootDevPayload, bootPayload } from '../helpers/payload.js'
import { startWireProxy } from './wireProxy.js'

const POSTS = 10
let payload: Payload
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-hook-'))

/**
 * A host whose redirects (plugin-redirects' shape, which Newsroom joins) have an `afterChange`
 * hook that writes to a collection of the host's own, as a search index does.
 */
const hostCollections = (): CollectionConfig[] => [
  // Named for the proxy to recognise: MongoDB collections are otherwise named by mongoose.
  { slug: 'redirect-log', dbName: 'redirect_log', fields: [{ name: 'from', type: 'text' }] },
  {
    slug: 'redirects',
    fields: [
      { name: 'from', type: 'text', index: true, required: true, unique: true },
      {
        name: 'to',
        type: 'group',
        fields: [
          { name: 'type', type: 'radio', defaultValue: 'reference', options: ['reference', 'custom'] },
          { name: 'reference', type: 'relationship', relationTo: ['posts'] },
          { name: 'url', type: 'text' },
        ],
      },
    ],
    hooks: {
      afterChange: [
        async ({ doc, req }) => {
          await req.payload.create({ collection: 'redirect-log', data: { from: doc.from }, req })
        },
      ],
    },
  },
]

/** A second Payload of the same app, reaching the database through `uri`. */
const bootThrough = async (uri: string): Promise<Payload> => {
  const direct = process.env.DATABASE_URI
  process.env.DATABASE_URI = uri
  try {
    return (await bootDevPayload('chaos-hook-proxied', { collections: hostCollections() })).payload
  } finally {
    process.env.DATABASE_URI = direct
  }
}

describe("a host's afterChange hook that loses the database", () => {
  beforeAll(async () => {
    payload = (await bootPayload('chaos-hook', { collections: hostCollections() })).payload
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should end the import with one error naming the redirects, not a warning about the hook', async () => {
    const file = path.join(dir, 'hooked.txt')
    writeFileSync(file, generateCapture(POSTS, 4))
    let cut = false
    // The redirects are written; the connection drops before the hook's first write.
    const proxy = await startWireProxy(new URL(process.env.DATABASE_URI!), (write) => {
      if (cut || write.collection !== 'redirect_log') return 'forward'
      cut = true
      return 'halt-before'
    })
    const uri = new URL(proxy.uri)
    uri.searchParams.set('serverSelectionTimeoutMS', '5000')
    const through = await bootThrough(uri.toString())
    try {
      await expect(runImport({ paths: [file], ...importTarget(through) })).rejects.toThrow(
        new RegExp(
          "^hooked\\.txt: the redirects from the posts' old addresses were not all written " +
            '\\(.+\\); the import stopped there: run it again, it writes only what is missing$',
        ),
      )
    } finally {
      await through.destroy()
      await proxy.close()
    }
    expect(cut).toBe(true)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(POSTS)
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(POSTS)
    expect((await payload.count({ collection: 'redirect-log' })).totalDocs).toBe(0)

    // The database is back: a re-run finds every post and redirect written, and writes nothing.
    const again = await runImport({ paths: [file], ...importTarget(payload) })
    expect(again.errors).toEqual([])
    expect(again.report.posts.map((post) => post.action)).toEqual(Array(POSTS).fill('unchanged'))
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(POSTS)
  }, 240_000)
})
