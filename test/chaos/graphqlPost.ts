import { parseJson } from './load.js'

export type GraphQLAnswer = {
  data?: { Posts?: { docs: unknown[] } }
  errors?: { message: string }[]
}

/** Payload answers a query refused by validation with a bare array of errors, else `{ errors }`. */
export const errorsOf = (body: string): string[] => {
  const json = parseJson(body) as { message: string }[] | GraphQLAnswer | undefined
  return (Array.isArray(json) ? json : (json?.errors ?? [])).map((error) => error.message)
}

/** A GraphQL POST, for `fetch` (with the server's URL) or as an autocannon request. */
export const post = (query: string) => ({
  body: JSON.stringify({ query }),
  headers: { 'content-type': 'application/json' },
  method: 'POST' as const,
  path: '/api/graphql',
})
