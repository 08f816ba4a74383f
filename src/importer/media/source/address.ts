import { lookup } from 'node:dns/promises'
import ipaddr from 'ipaddr.js'

import { isRetryableNetworkError, networkReason } from './reasons.js'

/** An address a host name resolved to, checked before anything connects to it. */
export interface Resolved {
  address: string
  family: 4 | 6
}

export type HostCheck =
  | { addresses: Resolved[]; ok: true }
  | { ok: false; reason: string; refused: boolean; retry: boolean }

/** ipaddr.js's range names, in the words a warning uses. */
const WORDS: Record<string, string> = {
  broadcast: 'a broadcast',
  carrierGradeNat: 'a carrier-grade NAT',
  linkLocal: 'a link-local',
  loopback: 'a loopback',
  multicast: 'a multicast',
  private: 'a private',
  reserved: 'a reserved',
  uniqueLocal: 'a unique-local',
  unspecified: 'an unspecified',
}

/**
 * Why an address may not be fetched from, or undefined for a public unicast one. Only
 * ipaddr.js's `unicast` passes: every special range (NAT64, 6to4 and Teredo, which can wrap a
 * private IPv4 address, included) is refused.
 */
export const addressRefusal = (address: string): string | undefined => {
  if (!ipaddr.isValid(address)) {
    return 'not an IP address'
  }
  // process() turns an IPv4-mapped IPv6 address (::ffff:10.0.0.1) into the IPv4 one it carries.
  const ip = ipaddr.process(address)
  if (ip.kind() === 'ipv4' && ip.toString() === '169.254.169.254') {
    return 'the cloud metadata address'
  }
  const range = ip.range()
  if (range !== 'unicast') {
    return `${WORDS[range] ?? 'a special-purpose'} address`
  }
  // ::/16 holds the IPv4-compatible forms (::10.0.0.1) that ipaddr.js calls unicast.
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).parts[0] === 0
    ? 'a reserved address'
    : undefined
}

const familyOf = (address: string): 4 | 6 => (address.includes(':') ? 6 : 4)

/** The URL's host name without IPv6 brackets, lower case. */
export const bareHostname = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').toLowerCase()

const hint = 'allow the host with --media-hosts'

/** Every address a host name has: the system's resolver, unless the caller names another. */
export type Resolve = (hostname: string) => Promise<{ address: string }[]>

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true })

/**
 * Resolves the URL's host to every address it has and checks each: one refused address refuses
 * the host, since the connection could land on any of them. An allowed host is resolved too, so
 * the request connects to the addresses looked up here and nowhere else.
 */
export const checkHost = async (url: URL, allowed: boolean, resolve: Resolve = systemResolve): Promise<HostCheck> => {
  const hostname = bareHostname(url)
  if (ipaddr.isValid(hostname)) {
    const why = allowed ? undefined : addressRefusal(hostname)
    if (why) {
      return {
        ok: false,
        reason: `refused: ${hostname} is ${why}; ${hint}`,
        refused: true,
        retry: false,
      }
    }
    return { addresses: [{ address: hostname, family: familyOf(hostname) }], ok: true }
  }
  let addresses: Resolved[]
  try {
    const found = await resolve(hostname)
    addresses = found.map(({ address }) => ({ address, family: familyOf(address) }))
  } catch (error) {
    return {
      ok: false,
      reason: networkReason(error),
      refused: false,
      retry: isRetryableNetworkError(error),
    }
  }
  if (addresses.length === 0) {
    return { ok: false, reason: 'host not found', refused: false, retry: false }
  }
  for (const { address } of allowed ? [] : addresses) {
    const why = addressRefusal(address)
    if (why) {
      const reason = `refused: ${hostname} resolves to ${address}, ${why}; ${hint}`
      return { ok: false, reason, refused: true, retry: false }
    }
  }
  return { addresses, ok: true }
}
