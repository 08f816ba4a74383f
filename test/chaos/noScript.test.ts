import type { Payload, SanitizedConfig } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { runImport } from '../../src/importer/run.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { activeMarkup, feedProblems, lexicalProblems, xmlError } from './markup.js'
import { importTarget } from '../helpers/importTarget.js'

const SCRIPT = '<script>alert(1)</script>'
const IMAGE = '<img src=x onerror=alert(1)>'

/** A capture whose titles, bodies and labels carry markup, as pasted text would. */
const CAPTURE = [
  'Tuesday, May 2, 2006',
  '',
  `${IMAGE} in a title`,
  '',
  `Someone pasted ${SCRIPT} into a comment and it showed up as text, which is right.`,
  '',
  `An image tag ${IMAGE} too, and <a href="javascript:alert(1)">a link</a>.`,
  '',
  'Posted by Kir at 4:14 PM',
  `Labels: ${SCRIPT}, safe`,
  '',
  'Monday, May 1, 2006',
  '',
  SCRIPT,
  '',
  `The title of this post is a script tag, and the body ends with one: ${SCRIPT}`,
  '',
  'Posted by Kir at 9:05 AM',
].join('\n')

let payload: Payload
let config: SanitizedConfig
let client: Client

describe('script in a capture', () => {
  beforeAll(async () => {
    const booted = await bootPayload('chaos-no-script')
    payload = booted.payload
    config = booted.config
    client = createClient(config)
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-script-'))
    writeFileSync(path.join(dir, 'script.txt'), CAPTURE)
    const { errors, report } = await runImport({ paths: [dir], ...importTarget(payload) })
    expect(errors).toEqual([])
    expect(report.posts).toHaveLength(2)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should store the markup as text in rich text, never as markup', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(docs).toHaveLength(2)
    for (const doc of docs) expect(lexicalProblems(doc.content), doc.title).toEqual([])
    // The text is kept, escaped by the renderer, rather than silently dropped.
    expect(JSON.stringify(docs.map((doc) => doc.content))).toContain('alert(1)')
  })

  it.each(['/api/feed.xml', '/api/feed.atom'])('should serve no script in %s', async (feed) => {
    const res = await client.request('GET', feed)
    expect(res.status).toBe(200)
    const xml = await res.text()
    expect(xml).toContain('alert(1)')
    expect(feedProblems(xml)).toEqual([])
  })

  it.each(['/api/feed.xml', '/api/feed.atom'])(
    'should serve %s as well-formed XML',
    async (feed) => {
      const res = await client.request('GET', feed)
      expect(xmlError(await res.text())).toBeNull()
    },
  )

  it('should serve no script in the JSON feed', async () => {
    const res = await client.request('GET', '/api/feed.json')
    expect(res.status).toBe(200)
    const feed = (await res.json()) as { items: { content_html?: string; title: string }[] }
    expect(feed.items.length).toBeGreaterThanOrEqual(2)
    for (const item of feed.items)
      expect(activeMarkup(item.content_html ?? ''), item.title).toEqual([])
  })
})
