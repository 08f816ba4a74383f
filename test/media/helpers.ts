import type { Payload } from 'payload'

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { MediaImport } from '../../src/importer/run.js'
import type { MediaServer } from '../importer/media/mediaServer.js'

import { exportFixture } from '../formats/helpers.js'

/** Every host name in a fixture, served by the test's loopback server on its port. */
const HOST_IN_URL = /\bhttps?:\/\/([a-z0-9.-]+)(?=[/"'<\s&])/gi

/** Hosts of XML namespaces and generators, which name no file. */
const NAMESPACE_HOSTS = new Set([
  'purl.org',
  'schemas.google.com',
  'search.yahoo.com',
  'wellformedweb.org',
  'wordpress.org',
  'www.w3.org',
])

/**
 * A copy of a fixture whose URLs all point at the media server: each host keeps its name (so
 * Blogger's image hosts are still Blogger's) and gets the server's port, over plain HTTP.
 */
export const servedCopy = (name: string, server: MediaServer, extra: (text: string) => string = (t) => t): string => {
  const port = new URL(server.url).port
  const text = readFileSync(exportFixture(name), 'utf8').replace(HOST_IN_URL, (url, host: string) =>
    NAMESPACE_HOSTS.has(host) ? url : `http://${host}:${port}`,
  )
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-fixture-'))
  const file = path.join(dir, name)
  writeFileSync(file, extra(text))
  return file
}

/** The hosts a fixture names, as allowed hosts: they all resolve to the server. */
export const hostsOf = (file: string): string[] => [
  ...new Set([...readFileSync(file, 'utf8').matchAll(/\bhttps?:\/\/([a-z0-9.-]+:\d+)/gi)].map((m) => m[1]!)),
]

/** Media import as the plugin resolves it, with every name resolving to the loopback server. */
export const servedMedia = (file: string, more: Partial<MediaImport> = {}): MediaImport => ({
  hosts: hostsOf(file),
  maxBytes: 25 * 1024 * 1024,
  resolve: async () => [{ address: '127.0.0.1' }],
  timeoutMs: 10_000,
  ...more,
})

type Node = { children?: Node[]; fields?: { url?: string }; type?: string; value?: unknown }

/** Every node of a Lexical state of the given type, in order. */
export const nodesOf = (state: unknown, type: string): Node[] => {
  const found: Node[] = []
  const walk = (node: Node): void => {
    if (node.type === type) found.push(node)
    node.children?.forEach(walk)
  }
  walk((state as { root: Node }).root)
  return found
}

export interface MediaDoc {
  alt?: string
  caption?: string
  filename: string
  height?: number
  id: number | string
  mimeType: string
  sourceUrl?: string
  url: string
  width?: number
}

export const allMedia = async (payload: Payload): Promise<MediaDoc[]> =>
  (await payload.find({ collection: 'media', depth: 0, limit: 0, pagination: false, sort: 'sourceUrl' }))
    .docs as unknown as MediaDoc[]

export const postBySlug = async (payload: Payload, slug: string) => {
  const { docs } = await payload.find({ collection: 'posts', depth: 0, draft: true, where: { slug: { equals: slug } } })
  const post = docs[0]
  if (!post) throw new Error(`no post ${slug}`)
  return post as unknown as { content: unknown; heroImage?: number | string | null; id: number | string }
}

/** Saves what the server serves at `urlPath` as a file: a folder of the old blog's files. */
export const writeServed = async (server: MediaServer, urlPath: string, file: string): Promise<void> => {
  const res = await fetch(`${server.url}${urlPath}`)
  if (!res.ok) throw new Error(`${urlPath}: ${res.status}`)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, Buffer.from(await res.arrayBuffer()))
}
