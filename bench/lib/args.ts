import { parseArgs } from 'node:util'

/**
 * The importer issue asks for 5,000 posts, but on this machine's FerretDB the first import grows
 * faster than the posts (see docs/performance.md): 5,000 would take hours. 180 is about the
 * largest that keeps `npm run bench` within 5 minutes; go back to 5,000 once the importer is fixed.
 */
export const DEFAULT_POSTS = 180

export interface BenchArgs {
  /** Posts in the generated capture. @default DEFAULT_POSTS */
  posts: number
  /** Samples of each cheap timed section; the median is reported. @default 5 */
  repeat: number
}

const positive = (name: string, value: string): number => {
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  throw new Error(`--${name} must be a positive integer (got "${value}")`)
}

/** The command line every bench entry shares: `[--posts N] [--repeat N]`. */
export const parseBenchArgs = (argv: string[] = process.argv.slice(2)): BenchArgs => {
  const { values } = parseArgs({
    args: argv,
    options: {
      posts: { default: String(DEFAULT_POSTS), type: 'string' },
      repeat: { default: '5', type: 'string' },
    },
  })
  return { posts: positive('posts', values.posts), repeat: positive('repeat', values.repeat) }
}
