import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { postgresAdapterOf } from '../../dev/database/postgresAdapter.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { mentionsOf, queuedRescans, readPost, richText } from './helpers.js'

let payload: Payload

/** Backends of this database waiting for a lock another transaction holds. */
const waitingForALock = async (): Promise<number> => {
  const { rows } = await postgresAdapterOf(payload)!.pool.query<{ waiting: number }>(
    'SELECT count(*)::int AS waiting FROM pg_stat_activity ' +
      "WHERE datname = current_database() AND wait_event_type = 'Lock'",
  )
  return rows[0]!.waiting
}

// The interleaving needs a transaction the test can hold open, and row locks: an editor's save
// whose transaction has written the post and not yet committed. Of the databases here only
// Postgres has both with the dev host's adapter (SQLite's are off there; FerretDB has none).
const postgres = inject('databaseKind') === 'postgres'
const title = postgres
  ? 'a rescan while an editor saves the same post'
  : 'a rescan while an editor saves the same post ' +
    '(skipped: needs Postgres transactions and row locks)'

describe.skipIf(!postgres)(title, () => {
  beforeAll(async () => {
    payload = (await bootPayload('mentions-rescan-during-edit')).payload
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it("should keep the editor's save and end with the mentions of what the editor wrote", async () => {
    const gadget = await payload.create({ collection: 'products', data: { name: 'Gadget X' } })
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: richText('We run Widget Pro here.'),
        title: 'Original',
      },
    })
    await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
    // A product the post names: the rescan it queues will give the post its mention.
    const widget = await payload.create({ collection: 'products', data: { name: 'Widget Pro' } })
    expect(await queuedRescans(payload)).toBe(1)

    // The editor's save, written and not yet committed: the post's row is theirs until then.
    const { id } = await createUser(payload, 'editor')
    const editor = await payload.findByID({ collection: 'users', id })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    await initTransaction(req)
    const text = 'We run Widget Pro here, next to Gadget X.'
    await payload.update({
      collection: 'posts',
      data: { content: richText(text), title: 'Edited' },
      id: post.id,
      overrideAccess: false,
      req,
    })

    // The rescan reads the post as committed (before the edit) and must wait to write it.
    const rescan = payload.jobs.run({ limit: 100, sequential: true })
    const deadline = Date.now() + 60_000
    while ((await waitingForALock()) === 0) {
      expect(Date.now(), 'the rescan never waited for the editor').toBeLessThan(deadline)
      await sleep(50)
    }
    await commitTransaction(req)
    const { jobStatus = {} } = await rescan
    expect(Object.values(jobStatus).map(({ status }) => status)).toEqual(['success'])

    const after = await readPost(payload, post.id)
    expect(after.title).toBe('Edited')
    const both = [String(widget.id), String(gadget.id)].sort()
    expect(mentionsOf(after).map(([product]) => product).sort()).toEqual(both)
    expect(mentionsOf(after).every(([, , context]) => context === text)).toBe(true)
  })
})
