import type { Field } from 'payload'

/** The post's lead image, from the media collection (Newsroom's own or the host's). */
export const heroImageField = (mediaSlug: string): Field => ({
  name: 'heroImage',
  type: 'upload',
  relationTo: mediaSlug,
})
