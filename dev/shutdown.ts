/**
 * A whole number of milliseconds from an environment variable (its name, its value), or `fallback`
 * when unset. Anything else stops the process at start with one line saying what to set, as
 * `dev/server.ts` does for a missing secret: these are start-up settings, not library errors.
 */
export const milliseconds = (name: string, raw: string | undefined, fallback: number): number => {
  if (!raw) return fallback
  const ms = Number(raw)
  if (Number.isInteger(ms) && ms > 0) return ms
  process.stderr.write(`${name} must be a whole number of milliseconds, such as ${fallback} (got "${raw}")\n`)
  return process.exit(1)
}

/**
 * How long a web instance or worker may take, after SIGTERM, to finish what it has: 25 s unless
 * `SHUTDOWN_TIMEOUT_MS` says otherwise, under Kubernetes' default 30 s before its SIGKILL.
 */
export const shutdownTimeoutMs = (): number =>
  milliseconds('SHUTDOWN_TIMEOUT_MS', process.env.SHUTDOWN_TIMEOUT_MS, 25_000)
