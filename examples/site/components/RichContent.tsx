import type {
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { LinkJSXConverter, ListJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'
import { cloneElement, isValidElement } from 'react'

import { isMedia } from '../lib/media.js'
import { MediaImage } from './MediaImage.js'

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

/**
 * An upload node as the site shows uploads (`MediaImage`), served by the CMS at `origin`. The
 * library's own would print the URL as stored (relative to the CMS without its `serverURL`) and
 * no `next/image`. A node the CMS did not populate (read at depth 0, or not readable) shows nothing.
 */
const upload =
  (origin: string): JSXConverter<SerializedUploadNode> =>
  ({ node }) => {
    const alt = typeof node.fields?.alt === 'string' ? node.fields.alt : null
    return isMedia(node.value) ? <MediaImage alt={alt} media={node.value} origin={origin} /> : null
  }

const convertersFor =
  (origin: string): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref }),
    listitem: listItem,
    upload: upload(origin),
  })

/**
 * A document's rich text (a post's content, an event's description) as valid HTML; its uploads
 * are served by the CMS at `origin`.
 */
export function RichContent({ data, origin }: { data: SerializedEditorState; origin: string }) {
  return <RichText className="content" converters={convertersFor(origin)} data={data} />
}
