import { ImportError } from '../../types.js'
import { lineIndex } from './lines.js'

/**
 * An entity declaration, skipping CDATA sections and comments: a post about XXE may quote one.
 * Outside a DOCTYPE `<!ENTITY` is not well-formed XML anyway, so any hit is refused.
 */
const DECLARATION = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<!ENTITY\b/g

/**
 * Refuses a document whose DOCTYPE declares entities. Entity expansion is off in the parser, but
 * such a document is either an attack (XXE reads local files, "billion laughs" nests entities to
 * exhaust memory) or not an export any blog tool writes, so it is refused outright with the line.
 */
export const refuseEntityDeclarations = (
  text: string,
  file: string,
  fileLine: (line: number) => number = (line) => line,
): void => {
  if (!/<!DOCTYPE/i.test(text)) return
  for (const match of text.matchAll(DECLARATION)) {
    if (!match[0].startsWith('<!ENTITY')) continue
    throw new ImportError({
      file,
      line: fileLine(lineIndex(text)(match.index)),
      message:
        'refused: the DOCTYPE declares entities (<!ENTITY>), as XXE and "billion laughs" ' +
        'documents do; exports never need them. Export the file again without a DOCTYPE.',
    })
  }
}
