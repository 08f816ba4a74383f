import { parseCookies } from 'payload/shared'

// Next.js sets these in draft mode (App Router) and preview mode (Pages Router).
const previewCookies = ['__prerender_bypass', '__next_preview_data']

/**
 * Whether a request is anonymous, so that every reader gets the same answer and a shared cache
 * may keep it: no `Authorization` header (JWT or API key), no Payload auth cookie
 * (`<cookiePrefix>-token`, whatever the prefix), and not a preview (`draft=true`, a GraphQL
 * `draft:` argument, or Next's draft-mode cookies). In doubt it says no: that costs a cache hit.
 */
export const isAnonymousRequest = (request: { headers: Headers; url?: string }): boolean => {
  if (request.headers.has('authorization')) return false
  const cookies = [...parseCookies(request.headers).keys()]
  if (cookies.some((name) => name.endsWith('-token') || previewCookies.includes(name))) return false
  const params = new URL(request.url ?? '/', 'http://localhost').searchParams
  return params.get('draft') !== 'true' && !/\bdraft\s*:/.test(params.get('query') ?? '')
}
