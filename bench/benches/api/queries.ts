/** P1: the REST list a site's front page asks for. */
export const REST_PATH = '/api/posts?limit=10&depth=1'

/**
 * P2: the same list over GraphQL, asking for what the REST answer holds at `depth=1`: every
 * field of the post, and of each populated document the fields its `defaultPopulate` gives REST.
 */
export const GRAPHQL_QUERY = `query BenchPosts {
  Posts(limit: 10) {
    docs {
      id title slug generateSlug publishedAt content excerpt legacyAuthor jsonLd
      heroImage { id alt caption url filename mimeType filesize width height }
      categories { id title slug }
      populatedAuthors { id name }
      mentions { id context origin product { id name slug vendor category website } }
      mutedMentions { id name slug vendor category website }
      legacyComments { id author text }
      source { legacyUrl sourceKey sourceHash sourceDocument importedAt editedSinceImport }
      _status createdAt updatedAt
    }
    totalDocs limit page totalPages hasNextPage hasPrevPage nextPage prevPage pagingCounter
  }
}`

/** The list's ids, from either API's answer: P1, P2 and the baseline must see the same posts. */
export interface ListBody {
  data?: { Posts?: { docs?: { id: string }[] } }
  docs?: { id: string }[]
  errors?: { message: string }[]
}

export const idsOf = (body: ListBody): string[] =>
  (body.docs ?? body.data?.Posts?.docs ?? []).map((doc) => String(doc.id))

/** GET of P1's list; the body is read to the end, as a site's server would. */
export const getRest = async (base: string): Promise<string> => {
  const res = await fetch(`${base}${REST_PATH}`)
  const body = await res.text()
  if (res.status !== 200) throw new Error(`GET ${REST_PATH}: ${res.status} ${body.slice(0, 300)}`)
  return body
}

/** POST of P2's query; the body is read to the end. */
export const postGraphql = async (base: string): Promise<string> => {
  const res = await fetch(`${base}/api/graphql`, {
    body: JSON.stringify({ query: GRAPHQL_QUERY }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const body = await res.text()
  if (res.status !== 200) throw new Error(`POST /api/graphql: ${res.status} ${body.slice(0, 300)}`)
  return body
}
