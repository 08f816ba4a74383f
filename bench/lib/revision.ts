import { execFileSync } from 'node:child_process'

export interface Revision {
  commit: string
  /** Uncommitted changes were measured too: the commit alone does not say what ran. */
  dirty: boolean
}

const git = (args: string[]): string =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

/** The code a result was measured on; null outside a git checkout. */
export const describeRevision = (): Revision | null => {
  try {
    return {
      commit: git(['rev-parse', '--short', 'HEAD']),
      dirty: git(['status', '--porcelain']) !== '',
    }
  } catch {
    return null
  }
}
