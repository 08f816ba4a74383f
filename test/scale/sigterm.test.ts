import http from 'node:http'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'

import { control, stack, waitFor } from './stack.js'

interface Outcome {
  /** B answered `100 Continue`: it had read the request's headers and taken it on. */
  accepted: boolean
  error?: string
  status?: number
  text?: string
}

const BODY = JSON.stringify({ query: '{ Posts(where: { title: { equals: "Already here" } }) { docs { title } } }' })
const ANSWER = { data: { Posts: { docs: [{ title: 'Already here' }] } } }

/**
 * One GraphQL request on a connection of its own, sent in two steps: the headers, then (once B
 * answered `100 Continue`, or when `hold` lets go) the body. A refused or reset connection before
 * that answer is a request B never took on; anything else that is not a full 200 is a lost one.
 */
const ask = (url: URL, hold?: Promise<void>) => {
  let onContinue = () => {}
  const continued = new Promise<void>((resolve) => (onContinue = resolve))
  const outcome = new Promise<Outcome>((resolve) => {
    let accepted = false
    const req = http.request({
      agent: false,
      headers: { 'content-length': Buffer.byteLength(BODY), 'content-type': 'application/json', expect: '100-continue' },
      host: url.hostname,
      method: 'POST',
      path: '/api/graphql',
      port: url.port,
    })
    req.on('continue', () => {
      accepted = true
      onContinue()
      void (hold ?? Promise.resolve()).then(() => req.end(BODY))
    })
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ accepted, status: res.statusCode, text }))
      res.on('error', (err: NodeJS.ErrnoException) => resolve({ accepted, error: err.code ?? err.message }))
    })
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ accepted, error: err.code ?? err.message }))
  })
  return { continued, outcome }
}

const refused = (url: URL) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(url.port), url.hostname)
    socket.on('connect', () => (socket.destroy(), resolve(false)))
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'))
  })

describe('kill -TERM on instance B under load', () => {
  it('should finish every request B had taken on, refuse the rest, and exit within its limit', async () => {
    const b = new URL(stack().b)
    const outcomes: Outcome[] = []
    // Eight clients, each sending its next request as soon as the last one ended, until refused.
    const clients = Array.from({ length: 8 }, async () => {
      for (;;) {
        const outcome = await ask(b).outcome
        outcomes.push(outcome)
        if (!outcome.accepted) return
      }
    })
    await waitFor(async () => outcomes.length >= 24, 'under load', 120_000)

    // Four more that B has taken on and that are, for sure, in flight when the signal comes.
    let letGo = () => {}
    const hold = new Promise<void>((resolve) => (letGo = resolve))
    const held = Array.from({ length: 4 }, () => ask(b, hold))
    await Promise.all(held.map((request) => request.continued))
    const terminated = control<{ code: null | number; ms: number }>('/b/terminate')
    await waitFor(() => refused(b), 'refusing new connections', 30_000)
    letGo()

    const heldOutcomes = await Promise.all(held.map((request) => request.outcome))
    await Promise.all(clients)
    const { code } = await terminated

    const all = [...outcomes, ...heldOutcomes]
    const taken = all.filter((outcome) => outcome.accepted)
    expect(taken.length).toBeGreaterThanOrEqual(28)
    for (const outcome of taken) {
      expect(outcome.error, JSON.stringify(outcome)).toBeUndefined()
      expect(outcome.status, outcome.text).toBe(200)
      expect(JSON.parse(outcome.text ?? '')).toEqual(ANSWER)
    }
    // What B never took on, it refused: a client ends at its first request without `100 Continue`.
    const turnedAway = all.filter((outcome) => !outcome.accepted)
    expect(turnedAway).toHaveLength(8)
    // A reset is a connection the kernel had queued but B never read from when it stopped listening.
    for (const outcome of turnedAway) expect(['ECONNREFUSED', 'ECONNRESET']).toContain(outcome.error)
    // npm start exits 0 once drained; 1 would be SHUTDOWN_TIMEOUT_MS cutting requests off.
    expect(code).toBe(0)
  })
})
