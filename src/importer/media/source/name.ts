/** Extensions that name the same type as the one file-type gives. */
const SAME: Record<string, string[]> = {
  jpg: ['jpeg', 'jpe', 'jfif'],
  mpg: ['mpeg'],
  tif: ['tiff'],
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A URL path's segments, decoded; empty ones dropped. */
export const pathSegments = (url: URL): string[] =>
  url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decode)

/**
 * A file name for the upload: the URL's last path segment, decoded and stripped of what file
 * systems and storage keys choke on; its extension becomes the sniffed type's when it names
 * another type (a `.php` that served a JPEG), and a name-less URL becomes `file.<ext>`.
 */
export const fileName = (url: URL, ext: string): string => {
  // A path that ends in `/` names no file, whatever folders come before.
  const last = decode(url.pathname.split('/').at(-1) ?? '')
  const safe = last
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const match = /^(.+)\.([a-z0-9]{1,4})$/i.exec(safe)
  const stem = (match ? match[1] : safe).slice(0, 150) || 'file'
  const given = match?.[2]
  const keeps = given && [ext, ...(SAME[ext] ?? [])].includes(given.toLowerCase())
  return keeps ? `${stem}.${given}` : `${stem}.${ext}`
}
