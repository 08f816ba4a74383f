import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'

import type { Resolve } from './address.js'

import { createHostAllowance } from './allowHosts.js'
import { attempt, type DownloadContext, type Outcome, withRetries } from './download.js'
import { createFolderIndex, type FolderFile } from './folder.js'
import { createHostTracker } from './hosts.js'
import { fileName } from './name.js'
import { createLimit } from './pool.js'
import { overLimit } from './reasons.js'
import { sniff } from './sniff.js'

export interface MediaSourceOptions {
  /**
   * Hosts (`host` or `host:port`) allowed even though they resolve to loopback/private
   * addresses: tests, an intranet blog.
   */
  allowHosts?: string[]
  /**
   * A local folder (a backed-up wp-content/uploads, a Blogger takeout) searched before anything
   * is downloaded.
   */
  dir?: string
  /** @default 25 * 1024 * 1024 */
  maxBytes?: number
  /** Per attempt. @default 30_000 */
  timeoutMs?: number
  /** Downloads at once. @default 4 */
  concurrency?: number
  /** Retries after the first attempt, for network errors, timeouts, 5xx and 429 only. @default 2 */
  retries?: number
  /** Consecutive failed files after which a host is not asked again. @default 3 */
  hostFailureLimit?: number
  /** The first retry's wait; each next one doubles it, with jitter. @default 200 */
  retryDelayMs?: number
  /**
   * Resolves host names; its answers are checked and connected to like the system's. Tests
   * point Blogger's image hosts at their own loopback server with it. @default dns.lookup
   */
  resolve?: Resolve
}
export interface MediaFile {
  data: Buffer
  mimeType: string
  name: string
  origin: 'dir' | 'download'
}
export type MediaFetch = { file: MediaFile; ok: true } | { ok: false; reason: string }
export interface MediaSource {
  /**
   * Never throws: every failure is `{ ok: false, reason }`, a short phrase fit for a warning
   * line ("404 Not Found", "refused: 10.0.0.1 is a private address; allow the host with
   * --media-hosts", "over the 25 MB limit", "the server answered with an HTML page, not a file",
   * "timed out after 30 s", "host example.com not asked again after 3 failures").
   */
  fetch(url: string): Promise<MediaFetch>
  /**
   * Hosts given up on, with how many files were not asked for because of it: the importer
   * prints ONE warning line per host. `reason` reads "3 failures in a row, the last: 503 Service
   * Unavailable".
   */
  givenUp(): { host: string; reason: string; skipped: number }[]
  /** How many HTTP requests were sent (redirect hops and retries count). */
  readonly requests: number
}

const fail = (reason: string): MediaFetch => ({ ok: false, reason })

/** Where an import's files come from: the --media-dir folder first, else a guarded download. */
export const createMediaSource = (options: MediaSourceOptions = {}): MediaSource => {
  const maxBytes = options.maxBytes ?? 25 * 1024 * 1024
  const hosts = createHostTracker(options.hostFailureLimit ?? 3)
  const limit = createLimit(Math.max(1, options.concurrency ?? 4))
  const folder = options.dir ? createFolderIndex(options.dir) : undefined
  let requests = 0
  const context: DownloadContext = {
    agents: {
      http: new http.Agent({ keepAlive: true }),
      https: new https.Agent({ keepAlive: true }),
    },
    allowed: createHostAllowance(options.allowHosts ?? []),
    resolve: options.resolve,
    maxBytes,
    onRequest: () => {
      requests += 1
    },
    timeoutMs: options.timeoutMs ?? 30_000,
  }

  const fromFolder = async (found: FolderFile, url: URL): Promise<MediaFetch> => {
    try {
      if ((await stat(found.file)).size > maxBytes) {
        return fail(`${found.relative} in the media folder is ${overLimit(maxBytes)}`)
      }
      const data = await readFile(found.file)
      const type = await sniff(data)
      if (!type.ok) {
        return fail(`${found.relative} in the media folder is ${type.what}`)
      }
      const file = {
        data,
        mimeType: type.mime,
        name: fileName(url, type.ext),
        origin: 'dir' as const,
      }
      return { file, ok: true }
    } catch (error) {
      return fail(`${found.relative} in the media folder cannot be read (${String(error)})`)
    }
  }

  const download = async (url: URL): Promise<MediaFetch> => {
    const host = url.host
    const skipped = hosts.skip(host)
    if (skipped) {
      return fail(skipped)
    }
    // A file that waited for a slot while its host was given up is not asked for either.
    let skipReason: string | undefined
    const run = () =>
      limit(async (): Promise<Outcome | undefined> => {
        skipReason = hosts.skip(host)
        return skipReason ? undefined : attempt(url, context)
      })
    const outcome = await withRetries(run, options.retries ?? 2, options.retryDelayMs ?? 200)
    if (!outcome) {
      return fail(skipReason ?? `host ${host} given up`)
    }
    if (!outcome.ok) {
      if (!outcome.refused) {
        hosts.failed(host, outcome.reason)
      }
      return fail(outcome.reason)
    }
    const type = await sniff(outcome.data)
    if (!type.ok) {
      hosts.failed(host, `the server answered with ${type.what}`)
      return fail(`the server answered with ${type.what}`)
    }
    hosts.succeeded(host)
    const name = fileName(url, type.ext)
    return { file: { data: outcome.data, mimeType: type.mime, name, origin: 'download' }, ok: true }
  }

  return {
    async fetch(address) {
      try {
        const url = URL.parse(address)
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
          return fail(url ? `not an http(s) address (${url.protocol})` : 'not a valid URL')
        }
        const local = folder ? await folder(url) : undefined
        if (local && !local.ok) {
          return fail(local.reason)
        }
        return local?.found ? await fromFolder(local.found, url) : await download(url)
      } catch (error) {
        // A bug here must not stop an import: the promise is that fetch never throws.
        return fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
    givenUp: () => hosts.givenUp(),
    get requests() {
      return requests
    },
  }
}
