import { fileTypeFromBuffer } from 'file-type'

export type Sniffed = { ext: string; mime: string; ok: true } | { ok: false; what: string }

/**
 * What an import may bring home, judged by the bytes alone: images (SVG excepted: it is XML
 * that can carry scripts), audio, video, PDF, EPUB, RTF and the zip-based office formats
 * (OOXML and OpenDocument documents, sheets, slides). Not macro-enabled variants, not plain
 * archives or executables, and not the legacy binary Office files, which file-type cannot tell
 * apart from other compound files (it names them all `cfb`).
 */
const ALLOWED_PREFIXES = ['image/', 'audio/', 'video/']
const ALLOWED = new Set([
  'application/epub+zip',
  'application/ogg',
  'application/pdf',
  'application/rtf',
  'application/vnd.oasis.opendocument.graphics',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
])

const isAllowed = (mime: string): boolean =>
  mime !== 'image/svg+xml' &&
  (ALLOWED.has(mime) || ALLOWED_PREFIXES.some((p) => mime.startsWith(p)))

/** Names the markup file-type leaves unrecognised: what a server says instead of a file. */
const markup = (data: Buffer): string | undefined => {
  // Latin-1 keeps one character per byte; a UTF-8 byte order mark reads as three of them.
  const head = data
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
  const text = head.trimStart().toLowerCase()
  if (!text.startsWith('<')) {
    return undefined
  }
  if (/<svg[\s>]/.test(text)) {
    return 'an SVG image, which can carry scripts'
  }
  if (/^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(text)) {
    return 'an HTML page, not a file'
  }
  return text.startsWith('<?xml') ? 'an XML document, not a file' : 'markup, not a file'
}

/**
 * The file's type from its bytes; Content-Type and the extension are never trusted. `what`
 * completes a phrase: "the server answered with an HTML page, not a file".
 */
export const sniff = async (data: Buffer): Promise<Sniffed> => {
  if (data.length === 0) {
    return { ok: false, what: 'an empty file' }
  }
  const type = await fileTypeFromBuffer(data)
  if (type && isAllowed(type.mime)) {
    return { ext: type.ext, mime: type.mime, ok: true }
  }
  const text = markup(data)
  if (text) {
    return { ok: false, what: text }
  }
  return type
    ? {
        ok: false,
        what: `a .${type.ext} file (${type.mime}), not an image, audio, video or document`,
      }
    : { ok: false, what: 'unknown bytes, not an image, audio, video or document' }
}
