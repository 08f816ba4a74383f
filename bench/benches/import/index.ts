import type { Payload } from 'payload'

import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Bench } from '../../lib/bench.js'

import { generateCapture } from '../../../test/helpers/generateCapture.js'
import { openBenchDatabase } from '../../lib/database.js'
import { describeMachine } from '../../lib/machine.js'
import { bootBenchPayload } from '../../lib/payload.js'
import { describeRevision } from '../../lib/revision.js'
import { postsSlug } from '../../lib/slugs.js'
import { measureBaselines } from './baselines.js'
import { importFigures, NO_DRIVER_NOTE } from './figures.js'
import { measureImports } from './imports.js'

/** P4 means an empty database; a `DATABASE_URI` SQLite file may hold someone's posts. */
const expectEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: postsSlug(payload) })
  if (totalDocs === 0) return
  throw new Error(`the import bench needs an empty database; it holds ${totalDocs} posts`)
}

/**
 * The importer issue's figures. P4: the first import of N posts into an empty database, against
 * the driver's `insertMany` of the documents it wrote. P3: a re-import that changes nothing,
 * against a driver scan of the same posts.
 */
export const importBench: Bench = {
  name: 'import',
  run: async ({ posts, repeat }, log) => {
    const database = await openBenchDatabase(log)
    try {
      const capture = path.join(database.tmpDir, 'capture.txt')
      writeFileSync(capture, generateCapture(posts))
      const payload = await bootBenchPayload()
      try {
        await expectEmpty(payload)
        const times = await measureImports({ log, paths: [capture], payload, posts, repeat })
        const base = await measureBaselines(payload, database.uri, repeat)
        return {
          bench: 'import',
          database: { kind: database.kind, label: database.label },
          date: new Date().toISOString(),
          figures: importFigures(times, base, posts),
          machine: describeMachine(),
          notes: base ? [] : [NO_DRIVER_NOTE],
          params: { posts, repeat },
          revision: describeRevision(),
        }
      } finally {
        await payload.destroy()
      }
    } finally {
      await database.stop()
    }
  },
}
