import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'

import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import { documentUrl } from '../utilities/siteUrl.js'

// The linked document's page on the site; the site's home when it was not populated.
const internalHref = (siteURL: string, { fields }: SerializedLinkNode): string => {
  const value = fields.doc?.value
  const slug = typeof value === 'object' && typeof value?.slug === 'string' ? value.slug : undefined
  return fields.doc && slug ? documentUrl(siteURL, fields.doc.relationTo, slug) : siteURL
}

/**
 * Rich text as HTML, with richtext-lexical's own converter. Internal links point at the linked
 * page on the site (left to itself the converter prints `#` and logs an error). Read the document
 * at depth 1 or more so that linked documents and uploads are populated.
 */
export const renderHtml = (
  content: null | SerializedEditorState | undefined,
  siteURL: string,
): string =>
  content
    ? convertLexicalToHTML({
        converters: ({ defaultConverters }) => ({
          ...defaultConverters,
          ...LinkHTMLConverter({
            internalDocToHref: ({ linkNode }) => internalHref(siteURL, linkNode),
          }),
        }),
        data: content,
        disableContainer: true,
      })
    : ''
