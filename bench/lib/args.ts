import { parseArgs } from 'node:util'

export interface BenchArgs {
  /** Posts in the generated capture. @default 5000 */
  posts: number
  /** Samples of each cheap timed section; the median is reported. @default 5 */
  repeat: number
}

const positive = (name: string, value: string): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer (got "${value}")`)
  return n
}

/** The command line every bench entry shares: `[--posts N] [--repeat N]`. */
export const parseBenchArgs = (argv: string[] = process.argv.slice(2)): BenchArgs => {
  const { values } = parseArgs({
    args: argv,
    options: {
      posts: { default: '5000', type: 'string' },
      repeat: { default: '5', type: 'string' },
    },
  })
  return { posts: positive('posts', values.posts), repeat: positive('repeat', values.repeat) }
}
