import { setTimeout as sleep } from 'node:timers/promises'

import { checkHost, type Resolve } from './address.js'
import { timedOut } from './reasons.js'
import { type RequestContext, requestOnce } from './request.js'

const MAX_REDIRECTS = 5

/**
 * How one attempt ended; `refused` marks the address guard's answers, which are not the host's
 * fault.
 */
export type Outcome =
  { data: Buffer; ok: true } | { ok: false; reason: string; refused: boolean; retry: boolean }

export interface DownloadContext extends Omit<RequestContext, 'signal'> {
  /** Whether a URL's host may resolve to a private address. */
  allowed: (url: URL) => boolean
  resolve?: Resolve
  /** Called for every request sent. */
  onRequest: () => void
}

const failure = (reason: string, retry = false): Outcome => ({
  ok: false,
  reason,
  refused: false,
  retry,
})

/** The promise's value, or undefined once the signal aborts first. */
const untilAborted = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> => {
  if (signal.aborted) {
    return Promise.resolve(undefined)
  }
  let onAbort = () => {}
  const aborted = new Promise<undefined>((resolve) => {
    onAbort = () => resolve(undefined)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  return Promise.race([promise, aborted]).finally(() =>
    signal.removeEventListener('abort', onAbort),
  )
}

/**
 * One attempt: the request and each redirect it leads to, within one timeout. Every hop's host
 * is checked again, so an allowed host cannot redirect into a private address.
 */
export const attempt = async (url: URL, context: DownloadContext): Promise<Outcome> => {
  const signal = AbortSignal.timeout(context.timeoutMs)
  let current = url
  for (let hop = 0; ; hop += 1) {
    const host = await untilAborted(checkHost(current, context.allowed(current), context.resolve), signal)
    if (!host) {
      return failure(timedOut(context.timeoutMs), true)
    }
    if (!host.ok) {
      const reason =
        hop > 0
          ? host.reason.replace(/^refused: /, `refused (redirected to ${current.host}): `)
          : host.reason
      return { ...host, reason }
    }
    context.onRequest()
    const answer = await requestOnce(current, host.addresses, { ...context, signal })
    if (answer.kind === 'body') {
      return { data: answer.data, ok: true }
    }
    if (answer.kind === 'failure') {
      return failure(answer.reason, answer.retry)
    }
    if (hop === MAX_REDIRECTS) {
      return failure(`more than ${MAX_REDIRECTS} redirects`)
    }
    const next = URL.parse(answer.location, current)
    if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
      return failure(`redirected to ${next ? `a ${next.protocol} address` : 'an invalid address'}`)
    }
    current = next
  }
}

/**
 * Runs attempts until one succeeds, fails for good, or `retries` more have failed; waits
 * `baseDelayMs`·2ⁿ between them, jittered so that parallel downloads do not retry in step.
 * `run` answers undefined to stop without an outcome (the host was given up meanwhile).
 */
export const withRetries = async (
  run: () => Promise<Outcome | undefined>,
  retries: number,
  baseDelayMs: number,
): Promise<Outcome | undefined> => {
  for (let retry = 0; ; retry += 1) {
    const outcome = await run()
    if (!outcome || outcome.ok || !outcome.retry || retry >= retries) {
      return outcome
    }
    await sleep(baseDelayMs * 2 ** retry * (0.5 + Math.random() / 2))
  }
}
