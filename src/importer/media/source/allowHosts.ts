import ipaddr from 'ipaddr.js'

import { bareHostname } from './address.js'

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' }

/** A host as written in --media-hosts: `example.com`, `example.com:8080`, `[::1]:8080`, `::1`. */
const parseEntry = (entry: string): { host: string; port?: string } => {
  const text = entry.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text)
  const [host, port] = bracketed
    ? [bracketed[1], bracketed[2]]
    : text.split(':').length === 2
      ? text.split(':')
      : [text, undefined]
  // The URL parser writes IPv6 addresses in their shortest form; so must the list.
  return { host: ipaddr.IPv6.isValid(host) ? ipaddr.parse(host).toString() : host, port }
}

/**
 * Whether a URL's host is one the options allow to resolve to a private address. `host` allows
 * every port of that host, `host:port` that port only.
 */
export const createHostAllowance = (entries: string[]): ((url: URL) => boolean) => {
  const allowed = entries.filter((entry) => entry.trim() !== '').map(parseEntry)
  return (url) => {
    const host = bareHostname(url)
    const port = url.port || DEFAULT_PORT[url.protocol]
    return allowed.some((entry) => entry.host === host && (!entry.port || entry.port === port))
  }
}
