import { notFound, permanentRedirect } from 'next/navigation'

import { cms } from '../../lib/cms.js'

type Props = { params: Promise<{ legacy: string[] }> }

/**
 * Any other path: an old blog address (`/2006/09/slug.html`) that the importer recorded in the
 * CMS's redirects, answered with a permanent redirect to where the post lives now; else a 404.
 */
export default async function LegacyPath({ params }: Props) {
  const path = `/${(await params).legacy.map(decodeURIComponent).join('/')}`
  const { client } = await cms()
  const to = await client.resolveLegacyPath(path)
  if (!to) notFound()
  permanentRedirect(to)
}
