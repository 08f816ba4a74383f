/**
 * Every other way to write a signature (64 lowercase hex characters) that a lenient hex decoder
 * would read as the same bytes or that differs from it only in spelling: each must be refused.
 */
export const respellings: [name: string, respell: (signature: string) => string][] = [
  ['with "zz" appended', (s) => `${s}zz`],
  ['with one hex digit appended', (s) => `${s}0`],
  ['with a whole byte appended', (s) => `${s}00`],
  ['cut by one digit', (s) => s.slice(0, -1)],
  ['cut by one byte', (s) => s.slice(0, -2)],
  ['in upper case', (s) => s.toUpperCase()],
  ['with one letter in upper case', (s) => s.replace(/[a-f]/, (c) => c.toUpperCase())],
  ['with a non-hex character in place of the last', (s) => `${s.slice(0, -1)}g`],
  ['with a space appended', (s) => `${s} `],
  ['as base64 of the same bytes', (s) => Buffer.from(s, 'hex').toString('base64')],
  ['empty', () => ''],
]

/** The signature in `header` (`t=…,v1=<signature>`) replaced by `respell(signature)`. */
export const respellHeader = (header: string, respell: (signature: string) => string): string =>
  header.replace(/v1=([0-9a-f]+)$/, (_, signature: string) => `v1=${respell(signature)}`)

/** The `signature` parameter of a preview link replaced by `respell(signature)`. */
export const respellLink = (link: string, respell: (signature: string) => string): string => {
  const url = new URL(link)
  url.searchParams.set('signature', respell(url.searchParams.get('signature') ?? ''))
  return url.toString()
}
