/** One host's record: consecutive failed files, and what was not asked for once it was given up. */
interface HostState {
  failures: number
  givenUp: boolean
  last: string
  skipped: number
}

export interface GivenUp {
  host: string
  reason: string
  skipped: number
}

/**
 * Stops asking a host after `limit` failed files in a row (0 never stops); a success in between
 * starts the count again. A dead blog's hundred images then cost a few timeouts, not a hundred.
 */
export const createHostTracker = (limit: number) => {
  const hosts = new Map<string, HostState>()
  const state = (host: string): HostState => {
    const known = hosts.get(host)
    if (known) {
      return known
    }
    const fresh: HostState = { failures: 0, givenUp: false, last: '', skipped: 0 }
    hosts.set(host, fresh)
    return fresh
  }
  return {
    failed(host: string, reason: string): void {
      const record = state(host)
      record.failures += 1
      record.last = reason
      if (limit > 0 && record.failures >= limit) {
        record.givenUp = true
      }
    },
    givenUp(): GivenUp[] {
      return [...hosts.entries()]
        .filter(([, record]) => record.givenUp)
        .map(([host, { last, skipped }]) => ({
          host,
          reason: `${limit} failures in a row, the last: ${last}`,
          skipped,
        }))
    },
    /** The reason to give instead of asking, counted as skipped; undefined while it is asked. */
    skip(host: string): string | undefined {
      const record = hosts.get(host)
      if (!record?.givenUp) {
        return undefined
      }
      record.skipped += 1
      return `host ${host} not asked again after ${limit} failures`
    },
    succeeded(host: string): void {
      // In-flight downloads that end after the host was given up change nothing.
      const record = state(host)
      if (!record.givenUp) {
        record.failures = 0
      }
    },
  }
}
