/**
 * GraphQL queries that try to make one request do unbounded work, each with the refusal it must
 * get. Posts point to products and products back to posts (`mentionedIn`), so nesting can go on.
 */
const nest = (levels: number, leaf = 'title'): string => {
  let selection = leaf
  for (let i = 0; i < levels; i++)
    selection = `mentions { product { mentionedIn { docs { ${selection} } } } }`
  return `{ Posts { docs { ${selection} } } }`
}

const aliases = (count: number): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: Posts(limit: 100) { docs { title slug excerpt } }`).join('\n')} }`

const fragments = `fragment P on Post { mentions { product { mentionedIn { docs { ...Q } } } } }
  fragment Q on Post { mentions { product { mentionedIn { docs { title } } } } }
  { Posts { docs { ...P } } }`

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
