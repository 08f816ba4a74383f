import type { Feed } from 'feed'

type JsonObject = Record<string, unknown>

/**
 * JSON Feed 1.1 from the `feed` package, which writes 1.0: 1.1 replaced `author` with `authors`
 * (a list), so each item gets every author of the post rather than only the first.
 */
export const renderJsonFeed = (feed: Feed): string => {
  const { author, items, ...rest } = JSON.parse(feed.json1()) as {
    author?: unknown
    items: JsonObject[]
  } & JsonObject
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: _first, ...item }, index) => {
        const authors = (feed.items[index]?.author ?? []).map(({ link, name }) => ({
          name,
          url: link,
        }))
        return authors.length ? { ...item, authors } : item
      }),
    },
    null,
    2,
  )
}
