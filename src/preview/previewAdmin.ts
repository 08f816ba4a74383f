import type { CollectionAdminOptions, PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { hasRole } from '../utilities/hasRole.js'
import { signPreviewURL } from '../utilities/signatures.js'

type PreviewOptions = Pick<SanitizedNewsroomOptions, 'generateURL' | 'preview' | 'siteURL'>

/** The device sizes the live preview offers next to Payload's own "responsive". */
const breakpoints = [
  { name: 'mobile', height: 667, label: 'Mobile', width: 375 },
  { name: 'tablet', height: 1024, label: 'Tablet', width: 768 },
  { name: 'desktop', height: 900, label: 'Desktop', width: 1440 },
]

const idOf = (value: unknown): null | number | string =>
  typeof value === 'number' || (typeof value === 'string' && value !== '') ? value : null

/**
 * A signed, expiring link to the site's preview route for one document, or `null` when there is
 * nothing to show yet (a document not saved once), the site has no page for it (`generateURL`
 * gave `null`: Payload then shows no preview button) or the user is not staff. The link carries a
 * signature, never the secret: the site checks it, enters draft mode and reads the draft with its
 * own key, which stays on the site's server.
 */
const signedPreviewLink = (
  options: PreviewOptions,
  collection: string,
  doc: Record<string, unknown>,
  req: Pick<PayloadRequest, 'user'>,
): null | string => {
  const id = idOf(doc.id)
  if (!options.preview || id === null || !hasRole(req.user, 'admin', 'editor')) return null
  const slug = typeof doc.slug === 'string' ? doc.slug : null
  const page = options.generateURL({ collection, doc: { id, slug } })
  if (page === null) return null
  return signPreviewURL({
    path: new URL(page, `${options.siteURL}/`).pathname,
    previewURL: options.preview.url,
    secret: options.preview.secret,
  })
}

/**
 * The preview button and the live preview pane of a collection whose documents the site shows,
 * both pointing at the site's preview route. Live preview follows the editor's typing through
 * autosave (drafts save every 800 ms). Nothing when preview is off.
 */
export const previewAdmin = (
  options: PreviewOptions,
  collection: string,
): Pick<CollectionAdminOptions, 'livePreview' | 'preview'> => {
  if (!options.preview) return {}
  return {
    livePreview: {
      breakpoints,
      url: ({ data, req }) => signedPreviewLink(options, collection, data, req),
    },
    preview: (doc, { req }) => signedPreviewLink(options, collection, doc, req),
  }
}
