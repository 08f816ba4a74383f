import type { XmlElement } from '../xml/nodes.js'

import { attr, elements } from '../xml/nodes.js'

/** Blogger marks each entry's kind with a category in this scheme. */
const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind'

/** `…/blogger/2008/kind#post`: the kinds are post, page, comment, template and settings. */
export const KIND_TERM = /schemas\.google\.com\/blogger\/2008\/kind#(\w+)/

/** Labels are categories in this scheme (older exports also leave the scheme out). */
export const LABEL_SCHEME = 'http://www.blogger.com/atom/ns#'

export const kindOf = (entry: XmlElement): string | undefined => {
  const category = elements(entry, 'category').find((c) => attr(c, 'scheme') === KIND_SCHEME)
  return KIND_TERM.exec(attr(category, 'term') ?? '')?.[1]
}
