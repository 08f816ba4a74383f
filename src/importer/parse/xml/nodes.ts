import { XMLParser } from 'fast-xml-parser'

import { decodeXml, xmlCharacterData } from './entities.js'

/** An element as fast-xml-parser gives it: children by name, `@_` attributes, `#text`, `#cdata`. */
export type XmlElement = { [name: string]: unknown }

// The library types the key as the `Symbol` wrapper object; at run time it is a plain symbol.
const asSymbol = (key: unknown): symbol => {
  if (typeof key !== 'symbol') throw new TypeError('fast-xml-parser gave no metadata symbol')
  return key
}
const META = asSymbol(XMLParser.getMetaDataSymbol())

const isElement = (value: unknown): value is XmlElement =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every child element with this name (prefix included, as written: `wp:post_type`). */
export const elements = (parent: XmlElement | undefined, name: string): XmlElement[] => {
  const value = parent?.[name]
  return (Array.isArray(value) ? value : [value]).filter(isElement)
}

export const element = (parent: XmlElement | undefined, name: string): XmlElement | undefined =>
  elements(parent, name)[0]

const cdataOf = (value: unknown): string =>
  (Array.isArray(value) ? value : [value])
    .map((part) => (isElement(part) ? String(part['#text'] ?? '') : ''))
    .join('')

/** An element's character data: text decoded, CDATA as written. */
export const textOf = (node: XmlElement | undefined): string => {
  if (!node) return ''
  const text = typeof node['#text'] === 'string' ? decodeXml(node['#text']) : ''
  return text + cdataOf(node['#cdata'])
}

/** The trimmed text of the first child element with this name, or '' without one. */
export const childText = (parent: XmlElement | undefined, name: string): string =>
  textOf(element(parent, name)).trim()

/** Raw content of a stop node (parsed by us, not the library), e.g. Atom's `content`. */
export const rawContent = (node: XmlElement | undefined): string =>
  typeof node?.['#text'] === 'string' ? node['#text'] : ''

/** Character data of a stop node: CDATA as written, the rest decoded. */
export const rawText = (node: XmlElement | undefined): string => xmlCharacterData(rawContent(node))

export const attr = (node: XmlElement | undefined, name: string): string | undefined => {
  const value = node?.[`@_${name}`]
  return typeof value === 'string' ? decodeXml(value) : undefined
}

/** Character offset where the element starts in the parsed text. */
export const offsetOf = (node: XmlElement): number => {
  const meta = (node as { [META]?: { startIndex?: number } })[META]
  return meta?.startIndex ?? 0
}
