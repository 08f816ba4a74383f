/**
 * npx tsx bench/api.ts [--api-posts 5000] [--requests 500]
 *   [--duration 30] [--connections 32] [--reuse-build] [--cpu-prof]
 *
 * The API's performance goals (P1, P2, P5) against the production server; see docs/performance.md.
 */
import { apiBench } from './benches/api/index.js'
import { runBenches } from './lib/bench.js'

await runBenches([apiBench])
