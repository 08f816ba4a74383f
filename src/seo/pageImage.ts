import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RelationValue } from '../utilities/relationId.js'

import { loadRelated } from '../utilities/loadDocs.js'
import { idOf } from '../utilities/relationId.js'

/**
 * An upload as an image link: its absolute URL, and its type, byte size and pixel size when
 * Payload knows them.
 */
export interface PageImage {
  height?: number
  length?: number
  type?: string
  url: string
  width?: number
}

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined

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
  const known = { filesize: undefined, height: undefined, mimeType: undefined, width: undefined }
  const { filesize, height, mimeType, url, width } = { ...known, ...upload }
  if (typeof url !== 'string' || !url) return undefined
  if (!URL.canParse(url, base)) return undefined
  return {
    height: numberOr(height),
    length: numberOr(filesize),
    type: typeof mimeType === 'string' ? mimeType : undefined,
    url: new URL(url, base).toString(),
    width: numberOr(width),
  }
}

/** Whether an upload is a picture: uploads may be any file (a PDF, a recording). */
export const isPicture = (image: PageImage | undefined): image is PageImage =>
  image?.type?.startsWith('image/') ?? false

/**
 * Uploads as absolute image links, in the order given, whether each is populated or only an id
 * (field hooks see ids): ids are looked up together, with the reader's access rules, so a private
 * upload stays out. An upload that cannot be read or has no URL gives `undefined` in its place.
 */
export const loadPageImages = async (
  req: PayloadRequest,
  options: Pick<SanitizedNewsroomOptions, 'media' | 'slugs'>,
  images: RelationValue[],
): Promise<(PageImage | undefined)[]> => {
  if (!options.media) return images.map(() => undefined)
  const base = uploadsBase(req)
  const uploads = await loadRelated(req, 'media', options.slugs.media, images, {
    filesize: true,
    // Payload builds `url` from the file's name, so the name is read too.
    filename: true,
    height: true,
    mimeType: true,
    url: true,
    width: true,
  })
  const byId = new Map(uploads.map((upload) => [idOf(upload), upload]))
  return images.map((image) => pageImage(byId.get(idOf(image)), base))
}

/** A page's image as an absolute URL (see `loadPageImages`). */
export const loadPageImage = async (
  req: PayloadRequest,
  options: Pick<SanitizedNewsroomOptions, 'media' | 'slugs'>,
  image: RelationValue | undefined,
): Promise<PageImage | undefined> =>
  image === undefined ? undefined : (await loadPageImages(req, options, [image]))[0]
