/**
 * Blogger serves one picture at many sizes, named in the URL: a path segment before the file
 * name (`/s400/`, `/s1600-h/`, `/w640-h480/`, `/s72-c/`) or a suffix (`=s72-c`, `=w400-h300`,
 * `=s0`). These helpers tell which URLs are one file, and which of them is the largest.
 */

/** Blogger's and Google's image servers: `1.bp.blogspot.com`, `blogger.googleusercontent.com`, `lh3.googleusercontent.com`. */
const GOOGLE_IMAGE_HOST =
  /^(?:\d+\.bp\.blogspot\.com|blogger\.googleusercontent\.com|lh\d\.googleusercontent\.com)$/i

/** A size option and what follows it: `s400`, `s1600-h`, `w640-h480-p-k-no-nu`, `s0-d`, `d`. */
const SIZE_OPTIONS = /^(?:[swh]\d+|d)(?:-[a-z]+\d*)*$/
/** The options a name may end in: `photo.jpg=s72-c`, `AVvXsE…=w400-h300`. */
const SIZE_SUFFIX = /=((?:[swh]\d+|d|[a-z]+)(?:-[a-z]+\d*)*)$/

interface Parts {
  host: string
  /** The path without its size segment or suffix. */
  path: string
  search: string
  /** The size options as written (`s400`, `w640-h480`), or '' for the original. */
  size: string
}

const googleParts = (url: string): null | Parts => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!GOOGLE_IMAGE_HOST.test(parsed.hostname)) return null
  const segments = parsed.pathname.split('/')
  let size = ''
  const last = segments.length - 1
  const suffix = SIZE_SUFFIX.exec(segments[last])
  if (suffix) {
    size = suffix[1]
    segments[last] = segments[last].slice(0, -suffix[0].length)
  } else if (last >= 2 && SIZE_OPTIONS.test(segments[last - 1])) {
    // Only the segment before the name: the ids before it are long random strings.
    size = segments[last - 1]
    segments.splice(last - 1, 1)
  }
  return {
    host: parsed.hostname.toLowerCase(),
    path: segments.join('/'),
    search: parsed.search,
    size,
  }
}

/**
 * The file's identity: for Blogger's and Google's image hosts the URL without its size, over
 * https, and with the numbered server (`1.bp`, `lh4`) left out, since every one serves every
 * picture (exports mix `http://4.bp…/s1600/` links with `https://4.bp…/s320/` images); for any
 * other host the URL itself, without its fragment.
 */
export const mediaKey = (url: string): string => {
  const parts = googleParts(url)
  if (parts) {
    const host = parts.host.replace(/^\d+\.bp\./, 'bp.').replace(/^lh\d\./, 'lh.')
    return `https://${host}${parts.path}${parts.search}`
  }
  try {
    const parsed = new URL(url)
    parsed.hash = ''
    return parsed.href
  } catch {
    return url
  }
}

/**
 * How large the variant a URL names is, to pick the one to fetch: the original (no size, `s0`,
 * `-d`, and every other host) is the largest; `sN` is N, `wN-hM` its width. `-h` names Blogger's
 * HTML page around the picture, not the picture, so it ranks below every real image.
 */
export const variantSize = (url: string): number => {
  const size = googleParts(url)?.size
  if (!size) return Number.POSITIVE_INFINITY
  const options = size.split('-')
  if (options.includes('h')) return 0
  if (options.includes('d') || options.includes('s0')) return Number.POSITIVE_INFINITY
  const value = (letter: string) => {
    const option = options.find((candidate) => new RegExp(`^${letter}\\d+$`).test(candidate))
    return option ? Number(option.slice(1)) : undefined
  }
  return value('s') ?? value('w') ?? value('h') ?? Number.POSITIVE_INFINITY
}

/** True when the two URLs name one file (another size of the same picture, or the same URL). */
export const sameFile = (a: string, b: string): boolean => mediaKey(a) === mediaKey(b)
