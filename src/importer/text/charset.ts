/** Bytes searched for a declaration: it must come first, after at most a little whitespace. */
const HEAD = 1024

/** `<?xml … encoding="ISO-8859-1"?>` */
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">` */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i

/**
 * The encoding a file names for itself: its XML declaration, or an HTML `meta` charset. The head
 * is read as Latin-1, which maps every byte to one character, so the ASCII of a declaration
 * reads the same whatever the real encoding is.
 */
export const declaredEncoding = (bytes: Uint8Array): string | undefined => {
  const head = Buffer.from(bytes.subarray(0, HEAD)).toString('latin1')
  const name = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1]
  return name?.toLowerCase()
}

/** UTF-8 under any of its names; the caller's own UTF-8 path handles it. */
export const isUtf8 = (name: string): boolean => /^utf-?8$/i.test(name)
