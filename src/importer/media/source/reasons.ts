/** The short phrases a failed fetch gives, shared by the folder and the download. */

/** 25 MB, 1.5 MB, 512 KB: how a size limit reads in a warning. */
const formatBytes = (bytes: number): string => {
  const mb = bytes / (1024 * 1024)
  if (mb >= 1) {
    return `${Number(mb.toFixed(1))} MB`
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export const overLimit = (maxBytes: number): string => `over the ${formatBytes(maxBytes)} limit`

export const timedOut = (ms: number): string =>
  `timed out after ${Number((ms / 1000).toFixed(1))} s`

/** Node's network error codes, in words; a code not listed keeps its message. */
const NETWORK: Record<string, string> = {
  EAI_AGAIN: 'the host name could not be resolved right now',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
}

export const networkReason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && NETWORK[code]) {
    return NETWORK[code]
  }
  const message = error instanceof Error ? error.message : String(error)
  return `network error: ${message.length > 120 ? `${message.slice(0, 117)}…` : message}`
}

/**
 * Network errors worth another attempt. A name that does not exist and a certificate that
 * does not verify give the same answer next time, so they are not retried.
 */
export const isRetryableNetworkError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') {
    return true
  }
  return code !== 'ENOTFOUND' && !/CERT|SELF_SIGNED|TLS|SSL|ERR_INVALID/.test(code)
}
