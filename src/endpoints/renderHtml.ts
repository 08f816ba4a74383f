import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'

import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import type { SanitizedNewsroomOptions } from '../types.js'

type Links = Pick<SanitizedNewsroomOptions, 'generateURL' | 'siteURL'>

// The linked document's page on the site; the site's home when it was not populated.
const internalHref = ({ generateURL, siteURL }: Links, { fields }: SerializedLinkNode): string => {
  const value = fields.doc?.value
  if (!fields.doc || typeof value !== 'object' || typeof value?.slug !== 'string') return siteURL
  return generateURL({ collection: fields.doc.relationTo, doc: { id: value.id, slug: value.slug } })
}

/**
 * Rich text as HTML, with richtext-lexical's own converter. Internal links point at the linked
 * page on the site, as `generateURL` builds it (left to itself the converter prints `#` and logs
 * an error). Read the document at depth 1 or more so that linked documents and uploads are
 * populated.
 */
export const renderHtml = (
  content: null | SerializedEditorState | undefined,
  links: Links,
): string =>
  content
    ? convertLexicalToHTML({
        converters: ({ defaultConverters }) => ({
          ...defaultConverters,
          ...LinkHTMLConverter({
            internalDocToHref: ({ linkNode }) => internalHref(links, linkNode),
          }),
        }),
        data: content,
        disableContainer: true,
      })
    : ''
