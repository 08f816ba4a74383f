import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { XmlElement } from './nodes.js'

import { ImportError } from '../../types.js'
import { refuseEntityDeclarations } from './guard.js'
import { lineIndex } from './lines.js'
import { element, offsetOf } from './nodes.js'

export interface XmlDocument {
  /** 1-based line where an element starts. */
  lineOf: (node: XmlElement) => number
  root: XmlElement
}

/**
 * Parses a feed or an export safely: documents that declare entities are refused before parsing,
 * and the parser itself expands none (`processEntities: false`), so nothing in the file can make
 * it read another file or grow without bound. Malformed XML is refused with its line.
 * `stopNodes` keep an element's content raw, for markup that must keep its order (Atom xhtml).
 */
export const parseXml = (
  text: string,
  args: { file: string; rootName: string; stopNodes?: string[] },
): XmlDocument => {
  refuseEntityDeclarations(text, args.file)
  // The validator is the library's only source of line numbers for malformed input.
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new ImportError({
      file: args.file,
      line: valid.err.line,
      message: `not well-formed XML: ${valid.err.msg}`,
    })
  }
  const parser = new XMLParser({
    alwaysCreateTextNode: true,
    attributeNamePrefix: '@_',
    captureMetaData: true,
    cdataPropName: '#cdata',
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    processEntities: false,
    stopNodes: args.stopNodes ?? [],
  })
  const parsed = parser.parse(text) as XmlElement
  const root = element(parsed, args.rootName)
  if (!root) {
    throw new ImportError({ file: args.file, message: `no <${args.rootName}> element found` })
  }
  const line = lineIndex(text)
  return { lineOf: (node) => line(offsetOf(node)), root }
}
