import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/rescanMentionsTask.js'
import { bootPayload } from '../helpers/payload.js'
import { mentionsOf, queuedRescans, readPost, richText } from './helpers.js'

let payload: Payload

describe('mentions with the plugin disabled', () => {
  beforeAll(async () => {
    payload = (await bootPayload('mentions-disabled', { plugin: { disabled: true } })).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should register the rescan task but queue no job when a product changes', async () => {
    expect(payload.config.jobs.tasks?.map(({ slug }) => slug)).toContain(RESCAN_MENTIONS_TASK)
    const product = await payload.create({ collection: 'products', data: { name: 'OpenVZ' } })
    await payload.update({
      id: product.id,
      collection: 'products',
      data: { aliases: [{ alias: 'Open Virtuozzo' }] },
    })
    expect(await queuedRescans(payload)).toBe(0)
  })

  it("should still scan a post's own text when it is saved", async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { content: richText('Open Virtuozzo is free.'), title: 'Free' },
    })
    expect(mentionsOf(await readPost(payload, post.id, true)).map(([, origin]) => origin)).toEqual([
      'scan',
    ])
  })
})
