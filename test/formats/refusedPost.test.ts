import type { Field, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { bootPayload } from '../helpers/payload.js'
import { allPosts, exportFixture } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload

const REFUSED = '绿茶与服务器'

/** A host rule the import cannot meet for one post: Payload refuses that post, and only it. */
const refuseOneTitle = (field: Field): Field =>
  'name' in field && field.name === 'title' && field.type === 'text'
    ? { ...field, validate: (value: unknown) => (value === REFUSED ? 'not this title' : true) }
    : field

describe('a post Payload refuses during an import', () => {
  beforeAll(async () => {
    payload = (
      await bootPayload('formats-refused-post', {
        plugin: { overrides: { posts: { fields: ({ defaultFields }) => defaultFields.map(refuseOneTitle) } } },
      })
    ).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should be one error naming the file and line, the rest imported, its categories not left behind', async () => {
    const file = exportFixture('wxr-quirks.xml')
    const { errors } = await runImport({ paths: [file], ...importTarget(payload) })
    expect(errors.map((error) => [error.file, error.line])).toEqual([[file, 22]])
    expect(errors[0].message).toMatch(`${file}:22: post "${REFUSED}" was not imported (title: `)
    expect(errors[0].message).toMatch(/; correct it in the file or in the admin, then import/)
    expect((await allPosts(payload)).map((post) => post.slug).sort()).toEqual([
      'a-private-note',
      'coming-soon',
      'html-element',
      'repeated-first',
      'repeated-second',
      'waiting-for-review',
    ])
    // Its three categories were made for it alone: none stays.
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(0)
  })
})
