import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedLinkNode, SerializedListItemNode } from '@payloadcms/richtext-lexical'
import type { HTMLConverter } from '@payloadcms/richtext-lexical/html'

import {
  convertLexicalToHTML,
  LinkHTMLConverter,
  ListHTMLConverter,
} from '@payloadcms/richtext-lexical/html'

import type { SanitizedNewsroomOptions } from '../types.js'

import { uploadConverter } from './uploadHtml.js'

type Links = Pick<SanitizedNewsroomOptions, 'generateURL' | 'siteURL'>

/**
 * The linked document's page on the site; the site's home when it was not populated; `null`
 * when the site has no page for it.
 */
const internalHref = ({ generateURL, siteURL }: Links, { fields }: SerializedLinkNode) => {
  const value = fields.doc?.value
  if (!fields.doc || typeof value !== 'object' || typeof value?.slug !== 'string') return siteURL
  return generateURL({ collection: fields.doc.relationTo, doc: { id: value.id, slug: value.slug } })
}

/** Links as richtext-lexical writes them, except one to a page-less document: its text alone. */
const linkConverter = (links: Links): HTMLConverter<SerializedLinkNode> => {
  const { link } = LinkHTMLConverter({
    internalDocToHref: ({ linkNode }) => internalHref(links, linkNode) ?? '',
  })
  return (args) => {
    const { node, nodesToHTML } = args
    if (node.fields.linkType === 'internal' && internalHref(links, node) === null) {
      return nodesToHTML({ nodes: node.children }).join('')
    }
    return typeof link === 'function' ? link(args) : ''
  }
}

/**
 * List items as richtext-lexical writes them, without the `value` (the item's number) it puts on
 * every one: HTML allows `value` only on an `<ol>`'s items. The attribute is the converter's
 * own, in its opening tag, which the expression is anchored to.
 */
const listItemConverter: HTMLConverter<SerializedListItemNode> = (args) => {
  const { listitem } = ListHTMLConverter
  const html = typeof listitem === 'function' ? listitem(args) : ''
  const ordered = 'tag' in args.parent && args.parent.tag === 'ol'
  return ordered ? html : html.replace(/^(<li\b[^>]*?)\s+value="[^"]*"/, '$1')
}

/**
 * Rich text as HTML, with richtext-lexical's own converter. Internal links point at the linked
 * page on the site, as `generateURL` builds it (left to itself the converter prints `#` and logs
 * an error); uploads are served from `uploads` (`uploadsBase`), their URLs made absolute. Read
 * the document at depth 1 or more so that linked documents and uploads are populated.
 */
export const renderHtml = (
  content: null | SerializedEditorState | undefined,
  links: Links,
  uploads: string | undefined,
): string =>
  content
    ? convertLexicalToHTML({
        converters: ({ defaultConverters }) => ({
          ...defaultConverters,
          link: linkConverter(links),
          listitem: listItemConverter,
          upload: uploadConverter(uploads),
        }),
        data: content,
        disableContainer: true,
      })
    : ''
