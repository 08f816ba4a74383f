import { parseArgs } from 'node:util'

/** The importer and performance issues measure imports of 5,000 posts. */
export const DEFAULT_POSTS = 5000

export interface BenchArgs {
  /** Posts in the API bench's database (the API issue's 5,000). @default 5000 */
  apiPosts: number
  /**
   * Seconds P1 and P2 may take together: on a database where each request scans every post
   * (FerretDB), 500 of each would take hours, so they stop short and say how many ran.
   * @default 360
   */
  budget: number
  /** Connections of the load run (P5). @default 32 */
  connections: number
  /** Profile the production server (`--cpu-prof`) while the API bench runs. @default false */
  cpuProf: boolean
  /** Seconds of each load run (P5). @default 30 */
  duration: number
  /** Posts in the generated capture. @default DEFAULT_POSTS */
  posts: number
  /** Samples of each cheap timed section; the median is reported. @default 5 */
  repeat: number
  /** Requests of each sequential API figure (P1, P2). @default 500 */
  requests: number
  /** Keep an existing `next build` instead of building again (local reruns). @default false */
  reuseBuild: boolean
}

const positive = (name: string, value: string): number => {
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  throw new Error(`--${name} must be a positive integer (got "${value}")`)
}

/**
 * The command line every bench entry shares: `[--posts N] [--repeat N]` for the import bench,
 * `[--api-posts N] [--requests N] [--budget S] [--duration S] [--connections N] [--reuse-build]
 * [--cpu-prof]`
 * for the API bench.
 */
export const parseBenchArgs = (argv: string[] = process.argv.slice(2)): BenchArgs => {
  const { values } = parseArgs({
    args: argv,
    options: {
      'api-posts': { default: '5000', type: 'string' },
      budget: { default: '360', type: 'string' },
      connections: { default: '32', type: 'string' },
      'cpu-prof': { default: false, type: 'boolean' },
      duration: { default: '30', type: 'string' },
      posts: { default: String(DEFAULT_POSTS), type: 'string' },
      repeat: { default: '5', type: 'string' },
      requests: { default: '500', type: 'string' },
      'reuse-build': { default: false, type: 'boolean' },
    },
  })
  return {
    apiPosts: positive('api-posts', values['api-posts']),
    budget: positive('budget', values.budget),
    connections: positive('connections', values.connections),
    cpuProf: values['cpu-prof'],
    duration: positive('duration', values.duration),
    posts: positive('posts', values.posts),
    repeat: positive('repeat', values.repeat),
    requests: positive('requests', values.requests),
    reuseBuild: values['reuse-build'],
  }
}
