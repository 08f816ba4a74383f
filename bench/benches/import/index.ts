import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Bench } from '../../lib/bench.js'

import { generateCapture } from '../../../test/helpers/generateCapture.js'
import { openBenchDatabase } from '../../lib/database.js'
import { describeMachine } from '../../lib/machine.js'
import { bootBenchPayload } from '../../lib/payload.js'
import { figure } from '../../lib/result.js'
import { describeRevision } from '../../lib/revision.js'
import { postsSlug } from '../../lib/slugs.js'
import { measureBaselines } from './baselines.js'
import { measureImports } from './imports.js'

/** The importer issue's goals, as ratios to the raw driver doing the same work. */
export const IMPORT_GOALS = { P3: 2, P4: 15 }

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
        const before = (await payload.count({ collection: postsSlug(payload) })).totalDocs
        if (before)
          throw new Error(
            `the import bench needs an empty database; this one holds ${before} posts`,
          )
        const times = await measureImports({ log, paths: [capture], payload, posts, repeat })
        const base = await measureBaselines(payload, database.uri, repeat)
        const row = { baseline: null, count: posts, goalMaxRatio: null }
        return {
          bench: 'import',
          database: { kind: database.kind, label: database.label },
          date: new Date().toISOString(),
          figures: [
            figure({
              ...row,
              baseline: base && { label: 'driver insertMany', ...base.insert },
              goalMaxRatio: IMPORT_GOALS.P4,
              id: 'P4',
              label: 'first import, empty database',
              measured: times.first,
            }),
            figure({
              ...row,
              baseline: base && { label: 'driver find().toArray()', ...base.scan },
              goalMaxRatio: IMPORT_GOALS.P3,
              id: 'P3',
              label: 're-import, nothing changed',
              measured: times.reimport,
            }),
            figure({
              ...row,
              id: 'P3 part',
              label: 'of which read and parse (dry run)',
              measured: times.parse,
            }),
          ],
          machine: describeMachine(),
          notes: base
            ? []
            : [
                'SQLite has no MongoDB driver: the driver baselines, and so the ratios and goals, are skipped.',
              ],
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
