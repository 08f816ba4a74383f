/** Schemes a stored link may use; `javascript:`, `data:`, `vbscript:` and the rest never pass. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:'])

/**
 * A link or image URL made absolute against the post's address, or null when it is unsafe,
 * a bare fragment, or relative with nothing to resolve it against. The WHATWG URL parser strips
 * the tabs and newlines that `jav&#9;ascript:` tricks rely on before the scheme is checked.
 */
export const resolveUrl = (value: null | string | undefined, base?: string): null | string => {
  const raw = value?.trim()
  if (!raw || raw.startsWith('#')) return null
  try {
    const url = new URL(raw, base)
    return ALLOWED.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/** True for links whose target runs code, so their removal is worth a note. */
export const isScriptUrl = (value: null | string | undefined): boolean =>
  /^(?:javascript|vbscript|data):/i.test((value ?? '').replace(/[\u0000-\u0020]/g, ''))

export const isWebUrl = (url: string): boolean => /^https?:/i.test(url)

/** `javascript` for ` jav&#9;ascript:alert(1)`: the scheme as a browser would read it. */
export const schemeOf = (value: null | string | undefined): string =>
  (value ?? '')
    .replace(/[\u0000-\u0020]/g, '')
    .split(':')[0]
    .toLowerCase()

/** The last path segment of a URL, decoded when it can be: a name for an image without `alt`. */
export const fileName = (url: string): string => {
  let segment: string
  try {
    segment = new URL(url).pathname.split('/').pop() ?? ''
  } catch {
    return url
  }
  try {
    return decodeURIComponent(segment) || url
  } catch {
    return segment || url
  }
}
