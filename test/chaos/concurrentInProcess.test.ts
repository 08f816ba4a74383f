import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunImportResult } from '../../src/importer/run.js'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { checkIntegrity } from './integrity.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload
let results: PromiseSettledResult<RunImportResult>[]
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-inprocess-'))

/**
 * Three CLI runs boot at different speeds, so they rarely reach the catalogue step together.
 * Three `runImport` calls in one server (two uploads processed at once) always do: each reads
 * "no products yet", then each creates them.
 */
describe('imports running at once inside one server', () => {
  beforeAll(async () => {
    payload = (await bootPayload('chaos-inprocess')).payload
    writeFileSync(path.join(dir, 'race.txt'), generateCapture(10, 2))
    results = await Promise.allSettled([0, 1, 2].map(() => runImport({ paths: [dir], ...importTarget(payload) })))
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should leave every post exactly once on an empty database', async () => {
    expect(results.some((result) => result.status === 'fulfilled')).toBe(true)
    const after = await checkIntegrity(payload)
    expect(after.posts).toBe(10)
    expect(after.duplicateKeys).toEqual([])
    expect(after.duplicateSlugs).toEqual([])
    const products = await payload.find({
      collection: 'products',
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(new Set(products.docs.map((doc) => doc.slug)).size).toBe(products.docs.length)
  })

  // Three runs create the same catalogue products at once: the losers of each race must reuse the
  // winner's product (upsertProducts in src/importer/apply/catalogue.ts), not fail.
  it('should let every run finish without an error', () => {
    const rejected = results.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    )
    expect(rejected).toEqual([])
  })
})
