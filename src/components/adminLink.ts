import type { Payload } from 'payload'

/** The admin URL of a document, honouring the host's `routes.admin`. */
export const adminLink = (payload: Payload, collection: string, id: number | string): string =>
  `${payload.config.routes.admin}/collections/${collection}/${id}`

/** Newsroom's sanitized options, as the plugin stored them. */
export const newsroomSlugsOf = (payload: Payload) =>
  (payload.config.custom.newsroom as { slugs: Record<string, string> }).slugs
