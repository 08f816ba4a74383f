import type { Payload } from 'payload'

/** A change of the freshness suite, and what B's list must show once it has returned. */
export interface Change {
  name: string
  run: () => Promise<unknown>
  shows: (list: string) => boolean
}

/** The title of the post the trash changes move, created published before B starts. */
export const BINNED = 'Binned'

/**
 * Trashing a post and restoring it: each an update of `deletedAt`, which the stamp hooks renew
 * like any change. `payload` and `id` are read when the change runs (set in `beforeAll`).
 */
export const trashChanges = (payload: () => Payload, id: () => number | string): Change[] => [
  {
    name: 'trash',
    run: () =>
      payload().update({ collection: 'posts', data: { deletedAt: new Date().toISOString() }, id: id() }),
    shows: (list) => !list.includes(`"${BINNED}"`),
  },
  {
    name: 'restore',
    run: () => payload().update({ collection: 'posts', data: { deletedAt: null }, id: id(), trash: true }),
    shows: (list) => list.includes(`"${BINNED}"`),
  },
]
