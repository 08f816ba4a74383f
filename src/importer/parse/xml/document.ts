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

/** An XML declaration after blank lines, as some feeds are served: `\n<?xml version="1.0"?>`. */
const LATE_DECLARATION = /^(\s+)(<\?xml\b[\s\S]*?\?>)/

/**
 * Feed readers accept a declaration after whitespace, but XML allows it only at the very start.
 * Its content was used when the bytes were decoded, so it is blanked out, newlines kept, and
 * every line and offset stays where it is in the file.
 */
const withoutLateDeclaration = (text: string): string => {
  const late = LATE_DECLARATION.exec(text)
  if (!late) return text
  const blank = late[2].replace(/[^\n]/g, ' ')
  return late[1] + blank + text.slice(late[0].length)
}

/**
 * Parses a feed or an export safely: documents that declare entities are refused before parsing,
 * and the parser itself expands none (`processEntities: false`), so nothing in the file can make
 * it read another file or grow without bound. Malformed XML is refused with its line.
 * `stopNodes` keep an element's content raw, for markup that must keep its order (Atom xhtml).
 */
export const parseXml = (
  source: string,
  args: {
    file: string
    /** A piece's line as the file's (`stream/pieces.ts`). @default the same line */
    fileLine?: (line: number) => number
    rootName: string
    stopNodes?: string[]
    /** Checked already (the first pass read this piece): not checked again. @default false */
    validated?: boolean
  },
): XmlDocument => {
  const fileLine = args.fileLine ?? ((line: number) => line)
  const text = withoutLateDeclaration(source)
  refuseEntityDeclarations(text, args.file, fileLine)
  // The validator is the library's only source of line numbers for malformed input.
  const valid = args.validated ? true : XMLValidator.validate(text)
  if (valid !== true) {
    throw new ImportError({
      file: args.file,
      line: fileLine(valid.err.line),
      message: `not well-formed XML: ${valid.err.msg}; repair the file there, or export it again`,
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
    throw new ImportError({
      file: args.file,
      line: 1,
      message: `no <${args.rootName}> element found; export the blog again`,
    })
  }
  const line = lineIndex(text)
  return { lineOf: (node) => fileLine(line(offsetOf(node))), root }
}
