import type { Payload } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseForFile } from '../helpers/database.js'
import { bootDevPayload } from '../helpers/payload.js'
import { countActions, runPayloadImport } from '../helpers/seedCli.js'

/** The seed document the command imports when it is given no path. */
const SEED_DOCUMENT = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')

let env: { databaseKind: string; databaseUri: string }
let payload: Payload | undefined

const counts = async (reader: Payload) => ({
  events: (await reader.count({ collection: 'events' })).totalDocs,
  posts: (await reader.count({ collection: 'posts' })).totalDocs,
})

describe('payload newsroom:import on the dev config', () => {
  beforeAll(() => {
    // A database nobody has opened: on the SQLite pass a fresh file, with no tables yet.
    const database = databaseForFile('payload-bin')
    env = { databaseKind: database.kind, databaseUri: database.uri }
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should import the shipped seed document, and create nothing when run again', async () => {
    const first = await runPayloadImport(['--json'], env)
    expect(first.code, first.stderr).toBe(0)
    // With no path, the document the package ships; stdout held the JSON report alone.
    expect(first.report?.files.map((file) => file.path)).toEqual([SEED_DOCUMENT])
    expect(countActions(first.report)).toEqual({ create: 6 })

    // Read back by another process, through Payload on the same database.
    process.env.DATABASE_URI = env.databaseUri
    process.env.DATABASE_ENGINE = env.databaseKind
    payload = (await bootDevPayload(`payload-bin-${env.databaseKind}`)).payload
    const after = await counts(payload)
    expect(after).toEqual({ events: 1, posts: 6 })
    const { docs } = await payload.find({
      collection: 'posts',
      where: { title: { equals: 'Reinventing the wheel' } },
    })
    expect(docs.map((post) => post._status)).toEqual(['published'])

    // The readable report this time: every post found unchanged, nothing created.
    const second = await runPayloadImport([], env)
    expect(second.code, second.stderr).toBe(0)
    expect(second.stderr).toContain('Posts: 6 (6 unchanged)')
    expect(await counts(payload)).toEqual(after)
  }, 240_000)
})
