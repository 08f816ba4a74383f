/**
 * autocannon 8 ships no types and @types/autocannon is not installed: only the parts the chaos
 * tests use are declared here.
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export interface AutocannonRequest {
    body?: string
    headers?: Record<string, string>
    method?: 'GET' | 'POST'
    path?: string
    /** Called with each response's status and whole body. */
    onResponse?: (status: number, body: string) => void
  }

  export interface AutocannonOptions {
    /** Requests in all, across the connections; instead of `duration`. */
    amount?: number
    connections?: number
    /** Seconds. */
    duration?: number
    headers?: Record<string, string>
    requests?: AutocannonRequest[]
    /** Seconds a request may take before it counts as an error. */
    timeout?: number
    url: string
  }

  export interface Histogram {
    average: number
    max: number
    p50: number
    p99: number
  }

  export interface AutocannonResult {
    '1xx': number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
    duration: number
    errors: number
    latency: Histogram
    mismatches: number
    non2xx: number
    requests: Histogram & { total: number }
    statusCodeStats: Record<string, { count: number }>
    timeouts: number
  }

  export interface AutocannonInstance extends EventEmitter {
    stop: () => void
  }

  const autocannon: (
    options: AutocannonOptions,
    done: (error: Error | null, result: AutocannonResult) => void,
  ) => AutocannonInstance
  export default autocannon
}
