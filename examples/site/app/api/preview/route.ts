import { verifyPreviewURL } from '@newsroom/payload-plugin/site'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { secret } from '../../../lib/env.js'

/**
 * The CMS's preview button (and its live preview frame) opens a link it signed with the shared
 * `PREVIEW_SECRET`: `?path=/posts/slug&expires=…&signature=…`. A valid link turns on draft mode
 * and goes to `path`, always a path on this site; anything else is refused.
 */
export const GET = async (req: Request) => {
  const previewSecret = secret('PREVIEW_SECRET')
  if (!previewSecret) return new Response('Preview is off: PREVIEW_SECRET is not set', { status: 404 })
  const verified = verifyPreviewURL({ secret: previewSecret, url: req.url })
  if (!verified.ok) return new Response(`Invalid preview link: ${verified.reason}`, { status: 401 })
  ;(await draftMode()).enable()
  redirect(verified.path)
}
