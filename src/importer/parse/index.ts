import type { FormatParseResult, ImportFormat, ParseOptions } from '../types.js'

import { ImportError } from '../types.js'
import { bloggerExportFormat } from './bloggerAtom/index.js'
import { bloggerBackupFormat } from './bloggerBackup/index.js'
import { atomFeedFormat, rssFeedFormat } from './feed/index.js'
import { pageCaptureFormat } from './pageCapture/index.js'
import { wxrFormat } from './wxr/index.js'

/**
 * Every input format, tried in order; the first whose `detect` accepts the text parses it.
 * Detection never overlaps: the page capture refuses text that starts with markup, and the
 * feeds and exports require it (each its own root and namespace), so the order only decides how
 * the "supported formats" list reads.
 */
export const formats: ImportFormat[] = [
  pageCaptureFormat,
  bloggerExportFormat,
  bloggerBackupFormat,
  wxrFormat,
  rssFeedFormat,
  atomFeedFormat,
]

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
      line: 1,
      message: `unknown format; supported formats: ${supported}`,
    })
  }
  return { ...format.parse(text, options), format: format.name }
}
