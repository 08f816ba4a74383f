import type { ImportedMedia, ImportedMediaRole } from '../../types.js'

import { mediaKey, variantSize } from './html/imageVariants.js'

/** Extensions of the files a browser shows as images, for files whose type the source leaves out. */
const IMAGE_EXTENSION = /\.(?:avif|bmp|gif|heic|ico|jpe?g|png|svg|tiff?|webp)$/i

/** Whether a file is a picture: by its declared type, else by its name. */
export const isImageFile = (url: string, mimeType?: string): boolean => {
  if (mimeType) return mimeType.toLowerCase().startsWith('image/')
  try {
    return IMAGE_EXTENSION.test(new URL(url).pathname)
  } catch {
    return false
  }
}

/** A file as a format names it, before the files of a post are merged by identity. */
export type SourceMedia = Omit<ImportedMedia, 'key' | 'variants'>

/** When one file serves a post twice, the role that says more about it wins. */
const PRECEDENCE: ImportedMediaRole[] = [
  'featured',
  'inline',
  'thumbnail',
  'enclosure',
  'attachment',
]

interface Entry {
  media: ImportedMedia
  /** Every URL the post names the file by, in the order met. */
  urls: string[]
}

/** The object without its undefined or empty fields, so entries compare and hash alike. */
const definedOnly = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && field !== ''),
  ) as T

const firstOf = (a: string | undefined, b: string | undefined): string | undefined =>
  a || b || undefined

/**
 * A post's files, one per identity (`mediaKey`), in the order first met: the largest variant the
 * post names is the one to fetch, the others are kept so links to them can follow; the first
 * alt, title, caption and type the source gives are kept.
 */
export const createMediaList = () => {
  const entries = new Map<string, Entry>()

  const add = (file: SourceMedia): void => {
    const key = mediaKey(file.url)
    const entry = entries.get(key)
    if (!entry) {
      const media: ImportedMedia = { ...definedOnly(file), key }
      entries.set(key, { media, urls: [file.url] })
      return
    }
    const { media } = entry
    if (!entry.urls.includes(file.url)) entry.urls.push(file.url)
    if (PRECEDENCE.indexOf(file.role) < PRECEDENCE.indexOf(media.role)) media.role = file.role
    Object.assign(
      media,
      definedOnly({
        alt: firstOf(media.alt, file.alt),
        caption: firstOf(media.caption, file.caption),
        mimeType: firstOf(media.mimeType, file.mimeType),
        title: firstOf(media.title, file.title),
      }),
    )
  }

  /** Another URL for a file already listed (a link to another size of it); others are no files. */
  const addVariant = (url: string): void => {
    const entry = entries.get(mediaKey(url))
    if (entry && !entry.urls.includes(url)) entry.urls.push(url)
  }

  /** The URL to fetch for the file a URL names, once every variant is known. */
  const largest = (entry: Entry): string =>
    entry.urls.reduce((best, url) => (variantSize(url) > variantSize(best) ? url : best))

  return {
    add,
    addVariant,
    /** True when the URL names one of the listed files. */
    has: (url: string): boolean => entries.has(mediaKey(url)),
    list: (): ImportedMedia[] =>
      [...entries.values()].map((entry) => {
        const url = largest(entry)
        const variants = entry.urls.filter((candidate) => candidate !== url)
        return { ...entry.media, url, ...(variants.length > 0 ? { variants } : {}) }
      }),
  }
}
