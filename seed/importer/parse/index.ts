import type { FormatParseResult, ImportFormat, ParseOptions } from '../types.js'

import { ImportError } from '../types.js'
import { pageCaptureFormat } from './pageCapture/index.js'

/**
 * Every input format, tried in order; the first whose `detect` accepts the text parses it.
 * Specific formats (feeds and exports, recognised by their markup) go before the page capture,
 * whose detection is the loosest.
 */
export const formats: ImportFormat[] = [pageCaptureFormat]

export const detectFormat = (text: string): ImportFormat | undefined =>
  formats.find((format) => format.detect(text))

/** Parses normalised text with the format it is in, or says which formats exist. */
export const parseText = (
  text: string,
  options: ParseOptions,
): FormatParseResult & { format: string } => {
  const format = detectFormat(text)
  if (!format) {
    const supported = formats.map(({ name }) => name).join(', ')
    throw new ImportError({
      file: options.path,
      message: `unknown format; supported formats: ${supported}`,
    })
  }
  return { ...format.parse(text, options), format: format.name }
}
