import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import type { Resolved } from './address.js'
import { isRetryableNetworkError, networkReason, overLimit, timedOut } from './reasons.js'

/** What one HTTP request came back with. */
export type Answer =
  | { data: Buffer; kind: 'body' }
  | { kind: 'failure'; reason: string; retry: boolean }
  | { kind: 'redirect'; location: string }

export interface RequestContext {
  agents: { http: http.Agent; https: https.Agent }
  maxBytes: number
  signal: AbortSignal
  timeoutMs: number
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * Hands the socket the addresses that were checked, whatever DNS says now: a name that
 * resolved to a public address for the check cannot be rebound to a private one for the connect.
 */
const pinnedLookup =
  (addresses: Resolved[]): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) {
      callback(null, addresses)
    } else {
      callback(null, addresses[0].address, addresses[0].family)
    }
  }

/** One GET, its body read up to the cap. Never throws. */
export const requestOnce = (url: URL, addresses: Resolved[], context: RequestContext) =>
  new Promise<Answer>((resolve) => {
    const { maxBytes, signal } = context
    let settled = false
    // A finished or drained answer leaves its socket to the keep-alive pool; others close it.
    const settle = (answer: Answer, close = true) => {
      if (!settled) {
        settled = true
        resolve(answer)
      }
      if (close) {
        request.destroy()
      }
    }
    const failOnError = (error: unknown) => {
      if (signal.aborted) {
        settle({ kind: 'failure', reason: timedOut(context.timeoutMs), retry: true })
      } else {
        settle({
          kind: 'failure',
          reason: networkReason(error),
          retry: isRetryableNetworkError(error),
        })
      }
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(url, {
      agent: url.protocol === 'https:' ? context.agents.https : context.agents.http,
      headers: { accept: '*/*', 'user-agent': 'Mozilla/5.0 (compatible; Newsroom media import)' },
      lookup: pinnedLookup(addresses),
      signal,
    })
    request.on('error', failOnError)
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      response.on('error', failOnError)
      if (REDIRECTS.has(status) && response.headers.location) {
        response.resume()
        settle({ kind: 'redirect', location: response.headers.location }, false)
        return
      }
      if (status < 200 || status > 299) {
        response.resume()
        const reason =
          `${status} ${http.STATUS_CODES[status] ?? response.statusMessage ?? ''}`.trim()
        settle({ kind: 'failure', reason, retry: status >= 500 || status === 429 }, false)
        return
      }
      if (Number(response.headers['content-length']) > maxBytes) {
        settle({ kind: 'failure', reason: overLimit(maxBytes), retry: false })
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > maxBytes) {
          settle({ kind: 'failure', reason: overLimit(maxBytes), retry: false })
        } else {
          chunks.push(chunk)
        }
      })
      response.on('end', () => {
        // A body cut short after its headers ends without `complete`: the connection broke.
        if (response.complete) {
          settle({ data: Buffer.concat(chunks), kind: 'body' }, false)
        } else {
          failOnError(
            Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' }),
          )
        }
      })
    })
    request.end()
  })
