import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RelationValue } from '../utilities/relationId.js'

import { loadDocs } from '../utilities/loadDocs.js'
import { relationId } from '../utilities/relationId.js'

/** An upload as an image link: its absolute URL, and its type and size when Payload knows them. */
export interface PageImage {
  length?: number
  type?: string
  url: string
}

/** Where uploads are served from: Payload's `serverURL`, else the origin the request came to. */
export const uploadsBase = (req: PayloadRequest): string | undefined =>
  req.payload.config.serverURL || req.origin || undefined

/**
 * A populated upload (an object with its `url`) as an absolute link. Payload stores the URL
 * relative to the server when `serverURL` is unset; readers of a feed or a sitemap need it whole.
 * An upload that is only an id, has no URL, or cannot be made absolute gives nothing.
 */
export const pageImage = (upload: unknown, base: string | undefined): PageImage | undefined => {
  if (typeof upload !== 'object' || upload === null || !('url' in upload)) return undefined
  const { filesize, mimeType, url } = { filesize: undefined, mimeType: undefined, ...upload }
  if (typeof url !== 'string' || !url) return undefined
  if (!URL.canParse(url, base)) return undefined
  return {
    length: typeof filesize === 'number' ? filesize : undefined,
    type: typeof mimeType === 'string' ? mimeType : undefined,
    url: new URL(url, base).toString(),
  }
}

/**
 * A page's image as an absolute URL, whether the relationship is populated or only an id (field
 * hooks see ids): an id is looked up with the reader's access rules, so a private upload stays out.
 */
export const loadPageImage = async (
  req: PayloadRequest,
  options: Pick<SanitizedNewsroomOptions, 'media' | 'slugs'>,
  image: RelationValue | undefined,
): Promise<PageImage | undefined> => {
  if (image === undefined || !options.media) return undefined
  if (typeof image === 'object' && 'url' in image) return pageImage(image, uploadsBase(req))
  const [upload] = await loadDocs(req, 'media', options.slugs.media, [relationId(image)], {
    filesize: true,
    // Payload builds `url` from the file's name, so the name is read too.
    filename: true,
    mimeType: true,
    url: true,
  })
  return pageImage(upload, uploadsBase(req))
}
