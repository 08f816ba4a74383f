import type { seededRandom } from './random.js'
import type { SeedEnv } from './seedProcess.js'
import type { WireWrite, WriteDecision } from './wireProxy.js'

import { spawnSeed } from './seedProcess.js'
import { startWireProxy } from './wireProxy.js'

/**
 * Where a kill lands: just before the database receives the run's write number `write`, or just
 * after the database applied it and before the importer heard back.
 */
export interface KillPoint {
  before: boolean
  write: number
}

/** Writes in order, repeats folded: `16 × insert products, insert posts, …`. */
export const summariseWrites = (writes: string[]): string =>
  writes
    .reduce<{ count: number; write: string }[]>((runs, write) => {
      const last = runs.at(-1)
      if (last?.write === write) last.count++
      else runs.push({ count: 1, write })
      return runs
    }, [])
    .map(({ count, write }) => (count > 1 ? `${count} × ${write}` : write))
    .join(', ')

/** `after write 2 of 4 (insert _posts_versions)`, from the writes the killed run made. */
export const describeKill = ({ before, write }: KillPoint, seen: string[], total: number) =>
  `${before ? 'before' : 'after'} write ${write} of ${total} (${seen[write - 1] ?? '?'})`

/**
 * The proxy needs the server's own host and port: a single-host `mongodb://` URI, which the
 * chaos suite's own MongoDB-wire server (or a `mongod`) always has.
 */
const upstreamOf = (env: SeedEnv): URL => {
  const url = new URL(env.databaseUri)
  if (url.protocol !== 'mongodb:' || url.host.includes(','))
    throw new Error(`the kill test needs a single-host mongodb:// URI, not ${url.protocol}`)
  return url
}

/** Runs an import through the proxy, killing it at `point` if the run gets that far. */
const runThroughProxy = async (file: string, env: SeedEnv, point?: KillPoint) => {
  const writes: string[] = []
  const decide = (write: WireWrite): WriteDecision => {
    writes.push(`${write.command} ${write.collection}`)
    if (write.number !== point?.write) return 'forward'
    return point.before ? 'halt-before' : 'halt-after'
  }
  const proxy = await startWireProxy(upstreamOf(env), decide)
  try {
    const run = spawnSeed([file], { ...env, databaseUri: proxy.uri })
    let finished = false
    void run.done.then(() => (finished = true))
    await Promise.race([proxy.halted, run.done])
    const killed = !finished
    if (killed) await run.kill()
    return { exit: await run.done, killed, writes }
  } finally {
    await proxy.close()
  }
}

/** An uninterrupted import, with the data writes it made in order (`insert posts`, …). */
export const importThroughProxy = async (file: string, env: SeedEnv) => runThroughProxy(file, env)

/** Starts an import and SIGKILLs it at `point`, unless it exits first. */
export const killAt = async (file: string, env: SeedEnv, point: KillPoint) =>
  runThroughProxy(file, env, point)

/** A kill point anywhere in a run of `writes` data writes, each side of each write equally. */
export const killPoint = (random: ReturnType<typeof seededRandom>, writes: number): KillPoint => ({
  before: random.next() < 0.5,
  write: random.int(1, Math.max(1, writes)),
})
