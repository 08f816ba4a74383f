import type { Payload } from 'payload'

/** What a load balancer reads per part: no error text, which stays in the server's log. */
export type PartState = 'failed' | 'not configured' | 'ok'

/**
 * Runs one check with a time limit. A database that hangs (a lost primary, a cut network) is as
 * unhealthy as one that refuses, and a probe that waits for the driver's own 30 s timeout would
 * outlast the load balancer's. The reason goes to the log, never to the caller.
 */
export const probe = async (
  payload: Payload,
  part: string,
  check: () => Promise<unknown>,
  timeoutMs: number,
): Promise<PartState> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    // race() listens to both, so a check that fails after the timeout is not an unhandled rejection.
    await Promise.race([check(), timeout])
    return 'ok'
  } catch (err) {
    payload.logger.error({ err, msg: `[newsroom] health: the ${part} did not answer` })
    return 'failed'
  } finally {
    clearTimeout(timer)
  }
}
