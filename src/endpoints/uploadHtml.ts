import type { SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { HTMLConverter } from '@payloadcms/richtext-lexical/html'

import { pageImage } from '../seo/pageImage.js'

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const attribute = (name: string, value: number | string | undefined): string =>
  value === undefined ? '' : ` ${name}="${escapeAttribute(String(value))}"`

const textOf = (...values: unknown[]): string =>
  values.find((value): value is string => typeof value === 'string' && value !== '') ?? ''

/**
 * Upload nodes for feeds, which are read away from the site: an image is one `<img>` with its
 * absolute URL, alt text and size (richtext-lexical's converter writes the URL as stored, which
 * is relative without a `serverURL`, and a `<picture>` whose sources feed readers drop); any
 * other file is a link to its absolute URL, named by its file name, as the library writes it. An
 * upload that was not populated (the reader may not see it) is left out.
 */
export const uploadConverter =
  (base: string | undefined): HTMLConverter<SerializedUploadNode> =>
  (args) => {
    const { node, providedStyleTag } = args
    const doc: unknown = node.value
    const image = pageImage(doc, base)
    if (typeof doc !== 'object' || doc === null || !image) return ''
    const file = { alt: undefined, filename: undefined, ...doc }
    if (!image.type?.startsWith('image/')) {
      const name = escapeAttribute(textOf(file.filename, image.url))
      return `<a${providedStyleTag}${attribute('href', image.url)} rel="noopener noreferrer">${name}</a>`
    }
    const alt = textOf(node.fields?.alt, file.alt)
    const size = `${attribute('width', image.width)}${attribute('height', image.height)}`
    return `<img${providedStyleTag}${attribute('src', image.url)}${attribute('alt', alt)}${size} />`
  }
