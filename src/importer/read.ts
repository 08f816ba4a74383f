import { withEncoding } from './stream/decode.js'
import { decodedLines } from './stream/text.js'

export interface ReadResult {
  /** `utf-8`, `utf-16le`, `utf-16be`, the encoding the file declares, or `windows-1252`. */
  encoding: string
  text: string
}

/**
 * Reads a whole file and decodes it: a BOM decides first (UTF-8, UTF-16), then the encoding the
 * file declares (XML declaration or HTML `meta` charset), else UTF-8, else Windows-1252.
 * Binary and empty files are refused with an error that names the file. The import itself
 * reads a piece at a time (`stream/`), with the same decisions.
 */
export const readInput = async (path: string): Promise<ReadResult> => {
  const { encoding, result } = await withEncoding(path, async (tried) => {
    let text = ''
    for await (const lines of decodedLines(path, tried)) text += lines
    return text
  })
  return { encoding, text: result }
}
