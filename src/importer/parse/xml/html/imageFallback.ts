import { escapeHtml } from '../../../text/html.js'
import { fileName } from './urls.js'

/** The words an image stands for in plain text and in a link: `image: ALT`, else its file name. */
export const imageLabel = (url: string, alt: string): string => `image: ${alt || fileName(url)}`

/**
 * An image block (`<img src alt>`) as the link to its remote URL that imports wrote before media
 * were imported: what the apply stage writes when the file could not be had, so both sides agree.
 */
export const imageFallbackHtml = (url: string, alt: string): string =>
  `<p><a href="${escapeHtml(url)}">${escapeHtml(imageLabel(url, alt))}</a></p>`
