import 'server-only'

import { cmsURL } from './env.js'

/**
 * A file the CMS makes (a feed, a calendar), served from the site's own address, so readers
 * never need to know where the CMS lives. Cached under `tags` like the site's other reads.
 */
export const fromCMS = async (path: string, tags: string[], headers: Record<string, string> = {}) => {
  const res = await fetch(`${cmsURL()}${path}`, { cache: 'force-cache', next: { revalidate: false, tags } })
  if (!res.ok) return new Response('Not found', { status: 404 })
  return new Response(await res.text(), {
    headers: { 'content-type': res.headers.get('content-type') ?? 'text/plain', ...headers },
  })
}
