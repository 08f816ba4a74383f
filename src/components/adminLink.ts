import type { Payload } from 'payload'

/** The admin URL of a document, honouring the host's `routes.admin`. */
export const adminLink = (payload: Payload, collection: string, id: number | string): string =>
  `${payload.config.routes.admin}/collections/${collection}/${id}`
