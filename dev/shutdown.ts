// Under the platform's own limit: Kubernetes sends SIGKILL 30 s after SIGTERM by default.
const DEFAULT_MS = 25_000

/**
 * How long a web instance or worker may take, after SIGTERM, to finish what it has: the
 * `SHUTDOWN_TIMEOUT_MS` environment variable, else 25 s, under Kubernetes' 30 s grace period.
 */
export const shutdownTimeoutMs = (): number => {
  const raw = process.env.SHUTDOWN_TIMEOUT_MS
  if (!raw) return DEFAULT_MS
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms <= 0) {
    throw new Error(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, such as 25000 (got "${raw}")`)
  }
  return ms
}
