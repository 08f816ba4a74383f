/**
 * Windows-1252 decoding. Node's `TextDecoder('windows-1252')` decodes as ISO-8859-1 since 20.18.3
 * (nodejs/node#60888), turning curly quotes and dashes into C1 controls, so the 32 bytes where
 * the two differ are mapped here from the WHATWG table.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

export const decodeWindows1252 = (bytes: Uint8Array): string => {
  let text = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? HIGH[byte - 0x80] : byte,
    )
    text += String.fromCharCode(...codes)
  }
  return text
}
