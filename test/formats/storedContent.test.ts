import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { bootPayload } from '../helpers/payload.js'
import { allPosts, counts, exportFixture, lexicalStrings } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload

/** What must never be stored: active content, handlers and script URLs, in any spelling. */
const FORBIDDEN = [
  /<script/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<svg/i,
  /\bon[a-z]+\s*=/i,
  /javascript:/i,
  /alert\(/,
  /document\.cookie/,
  /evil\.example/,
]

describe('hostile content in feeds', () => {
  beforeAll(async () => {
    payload = (await bootPayload('formats-stored-content')).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should store no script, iframe, event handler or javascript: link', async () => {
    const { errors, report } = await runImport({
      paths: [exportFixture('hostile-content.xml'), exportFixture('hostile-atom.xml')],
      ...importTarget(payload),
    })
    expect(errors).toEqual([])
    expect(report.posts).toHaveLength(5)
    const docs = await allPosts(payload)
    expect(docs).toHaveLength(5)
    for (const doc of docs) {
      const whole = JSON.stringify(doc)
      for (const pattern of FORBIDDEN)
        expect(whole, `${doc.title}: ${pattern}`).not.toMatch(pattern)
    }
    const harmless = docs.find((doc) => doc.title === 'Harmless looking post')
    const strings = lexicalStrings(harmless?.content)
    expect(strings).toContain('First paragraph.')
    expect(strings).toContain('http://safe.example.com/')
    expect(strings).toContain('http://compromised.example.com/photo.jpg')
    // Escaped markup in the text is text, and stays so.
    expect(strings.join(' ')).toContain('Last paragraph, about <b> tags in text, which is fine.')
    expect(harmless?.excerpt).toContain('First paragraph.')
  })

  it('should refuse XXE and billion-laughs documents and write nothing', async () => {
    const before = await counts(payload)
    const { errors } = await runImport({
      paths: [exportFixture('hostile-xxe.xml'), exportFixture('hostile-billion-laughs.xml')],
      ...importTarget(payload),
    })
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/hostile-xxe\.xml:4: refused: the DOCTYPE declares entities/),
      expect.stringMatching(
        /hostile-billion-laughs\.xml:3: refused: the DOCTYPE declares entities/,
      ),
    ])
    expect(await counts(payload)).toEqual(before)
  })
})
