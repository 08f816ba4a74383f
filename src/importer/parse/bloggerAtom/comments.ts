import type { ImportedComment } from '../../types.js'
import type { XmlDocument } from '../xml/document.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { XmlElement } from '../xml/nodes.js'

import { readAtomEntry } from '../xml/atom.js'
import { attr, element } from '../xml/nodes.js'

/**
 * Readers' comments, by the id of the post they answer (`thr:in-reply-to ref`, or what
 * `repliesTo` reads: the 2018 backup names the post in `blogger:parent`). They never become
 * posts; they are kept on their post as imported comments.
 */
export const collectComments = (
  entries: XmlElement[],
  doc: XmlDocument,
  clean: HtmlCleaner,
  repliesTo: (entry: XmlElement) => string = (entry) =>
    attr(element(entry, 'thr:in-reply-to'), 'ref') ?? '',
): Map<string, ImportedComment[]> => {
  const byPost = new Map<string, ImportedComment[]>()
  for (const entry of entries) {
    const postId = repliesTo(entry)
    const line = doc.lineOf(entry)
    const { authorName, html } = readAtomEntry(entry, clean)
    const comment = { author: authorName || 'Anonymous', line, text: clean(html).text }
    const list = byPost.get(postId) ?? []
    list.push(comment)
    byPost.set(postId, list)
  }
  return byPost
}
