import { escapeHtml } from '../../../text/html.js'
import { isWebUrl, resolveUrl } from './urls.js'

/** An image of the body, as the cleaner met it. */
export interface BodyImage {
  alt: string
  /** 1-based line of the source that names it, when the cleaner knows where the HTML starts. */
  line?: number
  /**
   * The link that wrapped it, when that link named the same picture (another size of it, as
   * Blogger writes `<a href=…/s1600/x.jpg><img src=…/s400/x.jpg>`): `html` drops such a link.
   */
  link?: string
  url: string
}

/** The image block of the import contract: `<img src alt>`, its own block between paragraphs. */
export const imageBlockHtml = (url: string, alt: string): string =>
  `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}">`

/**
 * The line each image's `src` is on, found in the HTML in order from `start` (the line the HTML
 * begins on in the source); `start` itself when the value cannot be found as written.
 */
export const createLineFinder = (html: string, start: number | undefined) => {
  let cursor = 0
  let line = start ?? 0
  return (raw: null | string): number | undefined => {
    if (start === undefined) return undefined
    const at = raw ? html.indexOf(raw, cursor) : -1
    if (at === -1) return start
    for (let index = html.indexOf('\n', cursor); index !== -1 && index < at;) {
      line += 1
      index = html.indexOf('\n', index + 1)
    }
    cursor = at
    return line
  }
}

/** The web addresses of the images inside an element (a link around a picture), made absolute. */
export const picturesIn = (element: Element, base: string | undefined): string[] =>
  Array.from(element.getElementsByTagName('img')).flatMap((img) => {
    const url = resolveUrl(img.getAttribute('src'), base)
    return url && isWebUrl(url) ? [url] : []
  })

/** FeedBurner's counters and share buttons (`/~r/` pixels, `/~f/` FeedFlare), wherever they sit. */
const FEED_COUNTER = /^https?:\/\/feeds\.feedburner\.com\/~[a-z]{1,3}\//i

/** An image its own markup says is one pixel (or none) wide and high. */
const onePixel = (element: Element): boolean =>
  ['width', 'height'].every((name) => {
    const value = element.getAttribute(name)
    return value !== null && /^\s*[01](?:px)?\s*$/.test(value)
  })

/** An image that counts readers rather than shows anything: no Media document is made of it. */
export const isTrackingImage = (element: Element, url: string): boolean => onePixel(element) || FEED_COUNTER.test(url)
