import type { BenchArgs } from './args.js'
import type { BenchResult } from './result.js'

import { parseBenchArgs } from './args.js'
import { formatResult } from './format.js'
import { writeDocsResults, writeResult } from './write.js'

/** One benchmark: it owns its database from start to stop and returns its figures. */
export interface Bench {
  name: string
  run: (args: BenchArgs, log: (msg: string) => void) => Promise<BenchResult>
}

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`)

/**
 * Runs benches one after another (never side by side: they would slow each other down), writes
 * each result to `bench/results/` and prints it. Exits 1 only when a bench fails: a missed goal
 * is a finding to report, shown in the table, not a broken run.
 */
export const runBenches = async (benches: Bench[]): Promise<never> => {
  let code = 0
  try {
    const args = parseBenchArgs()
    for (const bench of benches) {
      log(`${bench.name}: starting`)
      const result = await bench.run(args, log)
      log(`${bench.name}: wrote ${writeResult(result).join(', ')}`)
      process.stdout.write(`${formatResult(result)}\n`)
    }
    const docs = writeDocsResults()
    log(docs ? 'updated the results in docs/performance.md' : 'no results markers in the docs')
  } catch (error) {
    log(`error: ${(error as Error).stack ?? String(error)}`)
    code = 1
  }
  // Drivers and Payload can leave timers behind; a bench is done when its results are written.
  process.exit(code)
}
