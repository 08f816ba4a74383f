import type { CollectionBeforeChangeHook } from 'payload'

/** A post published without a date gets the moment it was published; feeds sort by it. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
