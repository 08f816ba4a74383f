import type { BenchArgs } from './args.js'
import type { BenchResult } from './result.js'

import { parseBenchArgs } from './args.js'
import { formatTable, writeResult } from './result.js'

/** One benchmark: it owns its database from start to stop and returns its figures. */
export interface Bench {
  name: string
  run: (args: BenchArgs, log: (msg: string) => void) => Promise<BenchResult>
}

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`)

/** The result for a reader: where it ran, the table, and anything the table cannot say. */
export const formatResult = (result: BenchResult): string => {
  const { machine, revision } = result
  const code = revision
    ? `${revision.commit}${revision.dirty ? ' + uncommitted changes' : ''}`
    : '?'
  return [
    `## ${result.bench} (${JSON.stringify(result.params)})`,
    '',
    `Database: ${result.database.label}`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}`,
    `Code: ${code}; measured ${result.date}`,
    '',
    formatTable(result),
    ...(result.notes.length ? ['', ...result.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n')
}

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
      log(`${bench.name}: wrote ${writeResult(result)}`)
      process.stdout.write(`${formatResult(result)}\n`)
    }
  } catch (error) {
    log(`error: ${(error as Error).stack ?? String(error)}`)
    code = 1
  }
  // Drivers and Payload can leave timers behind; a bench is done when its results are written.
  process.exit(code)
}
