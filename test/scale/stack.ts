import { inject } from 'vitest'

/** What the global setup started: the two instances' URLs, its controls, the shared settings. */
export const stack = () => inject('scale')

/** Asks the global setup to act on the stack (stop the database, terminate B…). */
export const control = async <T>(route: string): Promise<T> => {
  const res = await fetch(`${stack().control}${route}`, { method: 'POST' })
  if (!res.ok) throw new Error(`control ${route}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** Polls `check` until it holds; fails naming `what` after `ms`. A bound, not a speed claim. */
export const waitFor = async (check: () => Promise<boolean>, what: string, ms: number) => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`not ${what} within ${ms / 1000} s`)
}

/** The REST answer's JSON, failing with the body when the status is not the one expected. */
export const json = async <T>(res: Response, status = 200): Promise<T> => {
  const text = await res.text()
  if (res.status !== status) throw new Error(`expected HTTP ${status}, got ${res.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}
