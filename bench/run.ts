/**
 * NODE_OPTIONS=--conditions=development npx tsx bench/run.ts [--posts N] [--repeat N]
 *
 * Every bench, one after another; each writes bench/results/<name>-latest.json.
 */
import { importBench } from './benches/import/index.js'
import { runBenches } from './lib/bench.js'

await runBenches([importBench])
