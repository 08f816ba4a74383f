import 'server-only'

import { draftMode } from 'next/headers'
import { connection } from 'next/server'
import { cache } from 'react'

import { createSiteClient } from './client.js'
import { cmsURL, siteKeyHeader } from './env.js'

/**
 * The site's reads, for the request being rendered. Published content is read anonymously and
 * kept in Next.js's data cache under tags (`posts`, `events`, …, `products:<id>`) until the
 * CMS's signed revalidation call expires them: no time-based revalidation. In draft mode reads
 * carry the site key, ask for drafts and bypass the cache.
 */
export const cms = cache(async () => {
  // Every page is rendered per request (drafts, pagination); the data cache is what is shared.
  await connection()
  const { isEnabled: draft } = await draftMode()
  return {
    client: createSiteClient({
      baseURL: `${cmsURL()}/api`,
      draft: draft ? { headers: siteKeyHeader() } : undefined,
      init: (tags): RequestInit =>
        draft ? { cache: 'no-store' } : { cache: 'force-cache', next: { revalidate: false, tags } },
    }),
    draft,
  }
})
