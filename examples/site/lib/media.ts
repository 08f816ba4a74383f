import type { Media } from '../../../payload-types.js'

/** A populated upload: an object with its URL (a bare id, not populated, is not). */
export const isMedia = (value: unknown): value is Media =>
  typeof value === 'object' && value !== null && 'url' in value

/**
 * An upload's URL as a browser loads it: the CMS gives it relative to itself when it has no
 * `serverURL`, and serves it from `origin` (the CMS's public address, `CMS_PUBLIC_URL`).
 */
export const mediaURL = (url: string, origin: string): string => new URL(url, `${origin}/`).toString()
