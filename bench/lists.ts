/** P1: the REST list a site's front page asks for. */
export const REST_PATH = '/api/posts?limit=10&depth=1'

/**
 * P2: the same list over GraphQL, asking for what the REST answer holds at `depth=1`: every
 * field of the post, and of each populated document the fields its `defaultPopulate` gives REST.
 */
const GRAPHQL_QUERY = `query BenchPosts { Posts(limit: 10) {
  docs {
    id title slug generateSlug publishedAt content excerpt legacyAuthor jsonLd _status createdAt
    updatedAt heroImage { id alt caption url filename mimeType filesize width height }
    categories { id title slug } populatedAuthors { id name } legacyComments { id author text }
    mentions { id context origin product { id name slug vendor category website } }
    mutedMentions { id name slug vendor category website }
    source { legacyUrl sourceKey sourceHash sourceDocument importedAt editedSinceImport }
  }
  totalDocs limit page totalPages hasNextPage hasPrevPage nextPage prevPage pagingCounter
} }`

interface ListBody {
  data?: { Posts?: { docs?: { id: string }[] } }
  docs?: { id: string }[]
  errors?: { message: string }[]
}

/** The ten ids of either API's answer: P1, P2 and the baseline must list the same posts. */
export const idsOf = (body: string): string => {
  const json = JSON.parse(body) as ListBody
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '))
  return (json.docs ?? json.data?.Posts?.docs ?? []).map((doc) => doc.id).join()
}

/** The answer's body, read to the end as a site's server would; anything but a 200 throws. */
export const read = async (url: string, init?: RequestInit): Promise<string> => {
  const res = await fetch(url, init)
  const body = await res.text()
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`)
  return body
}

export const getRest = (base: string) => read(`${base}${REST_PATH}`)

/**
 * P1's request with a query of its own each round (`bench=<round>`, which Payload ignores), so
 * ours is built every time, never answered from the instance's memory: the work, not the cache.
 */
export const getRestBuilt = (base: string, round: number) => read(`${base}${REST_PATH}&bench=${round}`)

export const postGraphql = (base: string) =>
  read(`${base}/api/graphql`, {
    body: JSON.stringify({ query: GRAPHQL_QUERY }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
