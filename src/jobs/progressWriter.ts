import type { Payload } from 'payload'

/** How often, at most, a running import writes its count: often enough to watch, cheap to keep. */
const INTERVAL_MS = 400

export interface ProgressWriter {
  /** The importer's `onProgress`: remembers the count, and writes it when one is due. */
  report: (done: number, total: number) => void
  /** Waits for the writes under way, and writes the last count if it was held back. */
  flush: () => Promise<void>
}

/**
 * Writes an import's progress (`done` of `total`) onto its document while the importer runs,
 * at most every `INTERVAL_MS`, one write at a time. Written below Payload's hooks: a counter is
 * no edit (no hooks, no new job, no version). A failed write is logged; the import goes on.
 */
export const createProgressWriter = (
  payload: Payload,
  collection: string,
  id: number | string,
): ProgressWriter => {
  let chain: Promise<void> = Promise.resolve()
  let lastWrite = 0
  let written = ''
  let latest = { done: 0, total: 0 }
  const write = () => {
    const progress = latest
    const key = `${progress.done}/${progress.total}`
    if (key === written) return
    written = key
    lastWrite = Date.now()
    chain = chain
      .then(async () => {
        await payload.db.updateOne({ id, collection, data: { progress } })
      })
      .catch((err: unknown) => {
        payload.logger.error({ err, msg: `[newsroom] Could not record import ${id}'s progress` })
      })
  }
  return {
    flush: async () => {
      write()
      await chain
    },
    report: (done, total) => {
      latest = { done, total }
      if (done === total || Date.now() - lastWrite >= INTERVAL_MS) write()
    },
  }
}
