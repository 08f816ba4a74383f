/**
 * npx tsx bench/import.ts [--posts 5000] [--repeat 5]
 *
 * The importer's performance goals (P3, P4) on a fresh database; see docs/performance.md.
 */
import { importBench } from './benches/import/index.js'
import { runBenches } from './lib/bench.js'

await runBenches([importBench])
