import type { Endpoint, PayloadRequest } from 'payload'

import type { SeoGenerators } from './generators.js'
import type { GenerateRequest } from './generateEndpoint.js'

import { answerGenerate } from './generateEndpoint.js'

/** plugin-seo's endpoints, by the generator each one asks for. */
const generatePaths: Record<string, keyof SeoGenerators> = {
  '/plugin-seo/generate-description': 'description',
  '/plugin-seo/generate-image': 'image',
  '/plugin-seo/generate-title': 'title',
  '/plugin-seo/generate-url': 'url',
}

const kindOf = (endpoint: Endpoint): keyof SeoGenerators | undefined =>
  endpoint.method === 'post' ? generatePaths[endpoint.path] : undefined

/** Whether the host applied plugin-seo itself: its generate endpoints are in the config. */
export const hostAppliesSeo = (endpoints: Endpoint[] | undefined): boolean =>
  (endpoints ?? []).some((endpoint) => kindOf(endpoint) !== undefined)

const readBody = async (req: PayloadRequest): Promise<GenerateRequest> => {
  const body: unknown = (await req.json?.()) ?? req.data
  return typeof body === 'object' && body !== null ? body : {}
}

/**
 * The host's plugin-seo endpoints, extended to Newsroom's collections: a request about one of
 * them is answered by Newsroom's generator; any other goes to the host's own handler unchanged,
 * with the body it would have read. So one set of `/api/plugin-seo/*` endpoints serves both.
 */
export const shareSeoEndpoints = (
  endpoints: Endpoint[],
  collections: ReadonlySet<string>,
  generators: SeoGenerators,
): Endpoint[] =>
  endpoints.map((endpoint): Endpoint => {
    const kind = kindOf(endpoint)
    if (!kind) return endpoint
    return {
      ...endpoint,
      handler: async (req) => {
        const data = await readBody(req)
        const slug = data.collectionSlug
        if (typeof slug === 'string' && collections.has(slug)) {
          return answerGenerate(req, { ...data, collectionSlug: slug }, generators[kind])
        }
        // The body is read once: the host's handler gets it again from here.
        req.json = () => Promise.resolve(data)
        return endpoint.handler(req)
      },
    }
  })
