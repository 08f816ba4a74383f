import type { SerializedLinkNode, SerializedListItemNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { LinkJSXConverter, ListJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'
import { cloneElement, isValidElement } from 'react'

/** An internal link's page on this site (`/posts/<slug>`, …), or the home page when unknown. */
const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }): string => {
  const doc = linkNode.fields.doc
  const value = doc?.value
  if (!doc || typeof value !== 'object' || typeof value?.slug !== 'string') return '/'
  return `/${doc.relationTo}/${encodeURIComponent(value.slug)}`
}

/**
 * A list item as richtext-lexical renders it, without the `value` (the item's number) it puts
 * on every item: HTML allows `value` only on an `<ol>`'s items.
 */
const listItem: JSXConverter<SerializedListItemNode> = (args) => {
  const { listitem } = ListJSXConverter
  const item = typeof listitem === 'function' ? listitem(args) : null
  const ordered = 'tag' in args.parent && args.parent.tag === 'ol'
  return ordered || !isValidElement<{ value?: number }>(item) ? item : cloneElement(item, { value: undefined })
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
  listitem: listItem,
})

/** A document's rich text (a post's content, an event's description) as valid HTML. */
export function RichContent({ data }: { data: SerializedEditorState }) {
  return <RichText className="content" converters={converters} data={data} />
}
