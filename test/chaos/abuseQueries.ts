/**
 * GraphQL queries that try to make one request do unbounded work, each with the refusal it must
 * get. Posts point to products and products back to posts (`mentionedIn`), so nesting can go on.
 * Joins are given a page here, so that the nesting cases meet the depth limit alone.
 */
const nest = (levels: number, leaf = 'title'): string => {
  let selection = leaf
  for (let i = 0; i < levels; i++)
    selection = `mentions { product { mentionedIn(limit: 3) { docs { ${selection} } } } }`
  return `{ Posts { docs { ${selection} } } }`
}

/** `count` aliases of one list in one query: width, which the depth limit does not see. */
export const aliases = (
  count: number,
  list = 'Posts(limit: 100) { docs { title slug excerpt } }',
) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${list}`).join('\n')} }`

const fragments = `fragment P on Post { mentions { product { mentionedIn(limit: 3) { docs { ...Q } } } } }
  fragment Q on Post { mentions { product { mentionedIn(limit: 3) { docs { title } } } } }
  { Posts { docs { ...P } } }`

const NO_BOUND = /Query complexity has no bound/

/** 120 aliases of every post: 360 to Payload's own estimate, which ignores `limit`. */
const EVERY_POST_120_TIMES = aliases(120, 'Posts(limit: 0) { docs { title } }')

export interface AbuseCase {
  name: string
  query: string
  /** The refusal's message. */
  refusal: RegExp
}

export const ABUSE: AbuseCase[] = [
  { name: 'nesting 3 round trips deep', query: nest(3), refusal: /levels deep; the limit is/ },
  { name: 'nesting 200 round trips deep', query: nest(200), refusal: /levels deep; the limit is/ },
  { name: 'nesting hidden in fragments', query: fragments, refusal: /levels deep; the limit is/ },
  { name: '400 aliases', query: aliases(400), refusal: /complexity/i },
  // Payload prices each alias at 5 whatever its page: only counting the pages refuses these.
  { name: '3 aliases of 100-post pages', query: aliases(3), refusal: /Query complexity is \d+/ },
  { name: '120 aliases of every post (limit: 0)', query: EVERY_POST_120_TIMES, refusal: NO_BOUND },
  {
    name: 'every post, pagination off',
    query: '{ Posts(pagination: false) { docs { title slug excerpt } } }',
    refusal: NO_BOUND,
  },
  {
    name: 'every mentioning post of 100 products (a join without a limit)',
    query: '{ Products(limit: 100) { docs { name mentionedIn { docs { title } } } } }',
    refusal: NO_BOUND,
  },
  {
    name: '50 aliases, each nested twice',
    query: `{ ${Array.from({ length: 50 }, (_, i) => `n${i}: ${nest(2).slice(2, -2)}`).join('\n')} }`,
    refusal: /levels deep; the limit is|complexity/i,
  },
  // graphql-js parses recursively: 12,000 levels overflow the stack before the depth rule runs.
  // The answer is a 400, but with the RangeError's message rather than the depth error.
  {
    name: 'nesting 3,000 round trips deep',
    query: nest(3000),
    refusal: /Maximum call stack size exceeded/,
  },
]

/** An ordinary page of posts with their products: it must keep working while the abuse goes on. */
export const NORMAL = nest(0, 'title slug mentions { product { name } }')
