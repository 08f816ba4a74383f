import type { Payload } from 'payload'

import path from 'node:path'

import type { ImportedMedia } from '../../types.js'
import type { MediaFile } from '../../media/source/index.js'
import type { StoredMedia } from './stored.js'

import { importContext } from '../../../utilities/importContext.js'
import { findStoredMedia, toStored } from './stored.js'

/** Whether the media collection has a plain-text field of that name (a host's caption may be rich text). */
const hasTextField = (payload: Payload, collection: string, name: string): boolean =>
  Boolean(
    payload.collections[collection]?.config.flattenedFields.some(
      (field) => field.name === name && (field.type === 'text' || field.type === 'textarea'),
    ),
  )

/**
 * Alt text for a file the source described nowhere: its name when that reads as words, else the
 * post's title (Google's and Medium's names are long ids no screen reader should spell out).
 */
const fallbackAlt = (name: string, postTitle: string): string => {
  let words = path.parse(name).name
  try {
    words = decodeURIComponent(words)
  } catch {
    // A name with a stray `%` reads as it is.
  }
  words = words.replace(/[-_*+%]+/g, ' ').replace(/\s+/g, ' ').trim()
  const opaque = !words || words.length > 60 || /[A-Za-z0-9]{20,}/.test(words) || !/[a-z]{3}/i.test(words)
  return opaque ? postTitle : words
}

/** What the source says of the file, in the fields the collection has; alt is never empty. */
const mediaData = (payload: Payload, collection: string, entry: ImportedMedia, file: MediaFile, postTitle: string) => {
  const has = (name: string) => hasTextField(payload, collection, name)
  return {
    ...(has('alt') ? { alt: entry.alt || entry.title || fallbackAlt(file.name, postTitle) } : {}),
    ...(has('caption') && entry.caption ? { caption: entry.caption } : {}),
    sourceUrl: entry.key,
  }
}

/**
 * Creates the file's Media document through Payload's upload pipeline, so the app's storage
 * adapter, image sizes and hooks apply. `sourceUrl` is unique: when another import created the
 * same file first, the create fails and that document is the answer (no duplicate).
 */
export const createMedia = async (
  payload: Payload,
  collection: string,
  entry: ImportedMedia,
  file: MediaFile,
  postTitle: string,
): Promise<{ created: boolean; stored: StoredMedia }> => {
  try {
    const doc = await payload.create({
      collection,
      // A copy: the storage adapter's upload hook writes into it (`skipCloudStorage`).
      context: { ...importContext },
      data: mediaData(payload, collection, entry, file, postTitle),
      depth: 0,
      file: { data: file.data, mimetype: file.mimeType, name: file.name, size: file.data.length },
    })
    return { created: true, stored: toStored(payload, doc) }
  } catch (error) {
    const found = (await findStoredMedia(payload, collection, [entry.key])).get(entry.key)
    if (!found) throw error
    return { created: false, stored: found }
  }
}
