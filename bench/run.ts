/**
 * npx tsx bench/run.ts [options of bench/import.ts and
 * bench/api.ts]
 *
 * Every bench, one after another (`npm run bench`); each result goes to bench/results/latest.json
 * and to the generated table in docs/performance.md.
 */
import { apiBench } from './benches/api/index.js'
import { importBench } from './benches/import/index.js'
import { runBenches } from './lib/bench.js'

await runBenches([importBench, apiBench])
