import type { Figure } from '../../lib/result.js'
import type { DriverBaselines } from './baselines.js'
import type { ImportTimings } from './imports.js'

import { figure } from '../../lib/result.js'

/** The importer issue's goals, as ratios to the raw driver doing the same work. */
export const IMPORT_GOALS = { P3: 2, P4: 15 }

/** P4 and P3 against their baselines, and the share of P3 that never reaches the database. */
export const importFigures = (
  times: ImportTimings,
  base: DriverBaselines | null,
  posts: number,
): Figure[] => [
  figure({
    baseline: base && { label: 'driver insertMany', ...base.insert },
    count: posts,
    goalMaxRatio: IMPORT_GOALS.P4,
    id: 'P4',
    label: 'first import, empty database',
    measured: times.first,
  }),
  figure({
    baseline: base && { label: 'driver find().toArray()', ...base.scan },
    count: posts,
    goalMaxRatio: IMPORT_GOALS.P3,
    id: 'P3',
    label: 're-import, nothing changed',
    measured: times.reimport,
  }),
  figure({
    baseline: null,
    count: posts,
    goalMaxRatio: null,
    id: 'P3 part',
    label: 'of which read and parse (dry run)',
    measured: times.parse,
  }),
]

export const NO_DRIVER_NOTE =
  'SQLite has no MongoDB driver: the driver baselines, and so the ratios and goals, are skipped.'
