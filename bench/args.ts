import { parseArgs } from 'node:util'

export const FIGURE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'] as const
export type FigureId = (typeof FIGURE_IDS)[number]

export interface BenchArgs {
  /** Seconds P1 and P2 may take together: on FerretDB each request scans every post. */
  budget: number
  /** Connections of P5's load runs. */
  connections: number
  /** Profile `next start` (`--cpu-prof`) into bench/results/. */
  cpuProf: boolean
  /** Seconds of each P5 load run. */
  duration: number
  /** The figures to measure (`--only P1,P4`); all by default. */
  only: Set<FigureId>
  /** Posts in the generated capture: the issues measure 5,000. */
  posts: number
  /** Samples of each repeatable timing (P3, the driver baselines); the median is reported. */
  repeat: number
  /** Requests of each of P1 and P2, unless the budget runs out first. */
  requests: number
  /** Keep an existing `next build` (local reruns). */
  reuseBuild: boolean
  /** P8's larger import: `--posts` times this many posts (50,000 at the defaults). */
  scale: number
}

const positive = (name: string, value: string): number => {
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  throw new Error(`--${name} must be a positive integer (got "${value}")`)
}

const figureIds = (value: string | undefined): Set<FigureId> => {
  if (!value) return new Set(FIGURE_IDS)
  const ids = value.split(',').map((id) => id.trim().toUpperCase())
  const unknown = ids.filter((id) => !FIGURE_IDS.some((known) => known === id))
  if (unknown.length) throw new Error(`--only: unknown figure ${unknown.join(', ')}`)
  return new Set(FIGURE_IDS.filter((id) => ids.includes(id)))
}

export const parseBenchArgs = (argv: string[] = process.argv.slice(2)): BenchArgs => {
  const { values } = parseArgs({
    args: argv,
    options: {
      budget: { default: '360', type: 'string' },
      connections: { default: '32', type: 'string' },
      'cpu-prof': { default: false, type: 'boolean' },
      duration: { default: '30', type: 'string' },
      only: { type: 'string' },
      posts: { default: '5000', type: 'string' },
      repeat: { default: '5', type: 'string' },
      requests: { default: '500', type: 'string' },
      'reuse-build': { default: false, type: 'boolean' },
      scale: { default: '10', type: 'string' },
    },
  })
  return {
    budget: positive('budget', values.budget),
    connections: positive('connections', values.connections),
    cpuProf: values['cpu-prof'],
    duration: positive('duration', values.duration),
    only: figureIds(values.only),
    posts: positive('posts', values.posts),
    repeat: positive('repeat', values.repeat),
    requests: positive('requests', values.requests),
    reuseBuild: values['reuse-build'],
    scale: positive('scale', values.scale),
  }
}
