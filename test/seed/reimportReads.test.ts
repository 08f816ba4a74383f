import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let capture: string

describe('a re-import that changes nothing', () => {
  beforeAll(async () => {
    payload = (await bootPayload('seed-reimport-reads')).payload
    capture = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-reimport-')), 'capture.txt')
    writeFileSync(capture, generateCapture(30))
    const first = await runImport({ paths: [capture], ...importTarget(payload) })
    expect(first.errors).toEqual([])
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it("should read the posts' keys, hashes and edited flags, and nothing else of them", async () => {
    const find = vi.spyOn(payload.db, 'find')
    try {
      const again = await runImport({ paths: [capture], ...importTarget(payload) })
      expect(again.report.posts.map((post) => post.action)).toEqual(Array(30).fill('unchanged'))
      const ofPosts = find.mock.calls.map(([args]) => args).filter((args) => args.collection === 'posts')
      expect(ofPosts.length).toBeGreaterThan(0)
      for (const args of ofPosts) {
        // `deletedAt`: a post in the trash counts as edited (`src/importer/existing.ts`).
        expect(args.select).toEqual({
          deletedAt: true,
          source: { editedSinceImport: true, sourceHash: true, sourceKey: true },
        })
      }
    } finally {
      find.mockRestore()
    }
  })
})
