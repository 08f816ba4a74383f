import type { Payload } from 'payload'

import { keyPages } from '../../keyPages.js'

/** A file's Media document, as posts point at it. */
export interface StoredMedia {
  id: number | string
  mimeType: string
  /** Absolute where the app knows its address (`serverURL`, a bucket's URL), else Payload's path. */
  url: string
}

type MediaDoc = { id: number | string; mimeType?: null | string; sourceUrl?: null | string; url?: null | string }

/** The document's file URL as a reader elsewhere needs it: Payload's path is relative to the app. */
const absolute = (payload: Payload, url: string): string =>
  /^https?:\/\//.test(url) || !payload.config.serverURL ? url : new URL(url, payload.config.serverURL).toString()

export const toStored = (payload: Payload, doc: MediaDoc): StoredMedia => ({
  id: doc.id,
  mimeType: doc.mimeType ?? '',
  url: absolute(payload, doc.url ?? ''),
})

/** The Media documents imports made before, by source key: found, never downloaded again. */
export const findStoredMedia = async (
  payload: Payload,
  collection: string,
  keys: string[],
): Promise<Map<string, StoredMedia>> => {
  const stored = new Map<string, StoredMedia>()
  for (const page of keyPages(keys)) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: page.length,
      pagination: false,
      where: { sourceUrl: { in: page } },
    })
    for (const doc of docs as MediaDoc[]) {
      if (doc.sourceUrl) stored.set(doc.sourceUrl, toStored(payload, doc))
    }
  }
  return stored
}
