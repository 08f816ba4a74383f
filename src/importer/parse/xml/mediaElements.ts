import type { ImportedMediaRole } from '../../types.js'
import type { SourceMedia } from './media.js'
import type { XmlElement } from './nodes.js'

import { isWebUrl, resolveUrl } from './html/urls.js'
import { attr, elements, offsetOf } from './nodes.js'

/** Media RSS's elements, directly on the item or grouped in `media:group`. */
const mediaRss = (item: XmlElement, name: string): XmlElement[] => [
  ...elements(item, name),
  ...elements(item, 'media:group').flatMap((group) => elements(group, name)),
]

/** Where each kind of file element is, what it is to the post, and which attribute has its URL. */
const FILE_ELEMENTS: {
  find: (item: XmlElement) => XmlElement[]
  role: ImportedMediaRole
  url: 'href' | 'url'
}[] = [
  // Blogger's thumbnail of the post's first picture (`…/s72-c/…`).
  { find: (item) => mediaRss(item, 'media:thumbnail'), role: 'thumbnail', url: 'url' },
  { find: (item) => mediaRss(item, 'media:content'), role: 'enclosure', url: 'url' },
  { find: (item) => elements(item, 'enclosure'), role: 'enclosure', url: 'url' },
  {
    find: (item) => elements(item, 'link').filter((link) => attr(link, 'rel') === 'enclosure'),
    role: 'enclosure',
    url: 'href',
  },
]

/**
 * The files an RSS item or an Atom entry names beside its body, in file order: Blogger's
 * `media:thumbnail`, Media RSS's `media:content`, RSS's `enclosure` and Atom's
 * `link rel="enclosure"`, each with the type it declares. Relative addresses resolve against
 * `base`; anything that is no web address is left out.
 */
export const itemMedia = (
  item: XmlElement,
  lineOf: (node: XmlElement) => number,
  base?: string,
): SourceMedia[] =>
  FILE_ELEMENTS.flatMap(({ find, role, url }) =>
    find(item).map((node) => ({ node, role, url: resolveUrl(attr(node, url), base) })),
  )
    .sort((a, b) => offsetOf(a.node) - offsetOf(b.node))
    .flatMap(({ node, role, url }) => {
      if (!url || !isWebUrl(url)) return []
      const type = attr(node, 'type')?.trim()
      return [{ line: lineOf(node), role, url, ...(type ? { mimeType: type } : {}) }]
    })
