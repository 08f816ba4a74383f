import type { Page } from 'playwright-core'

/**
 * A JS chunk as a body names it. Pages name theirs as `/_next/static/chunks/<name>.js`; a
 * Turbopack chunk names the chunks its dynamic imports load relative to `/_next/` (its loader is
 * `Promise.all(["static/chunks/<name>.js"].map(…))`), so the prefix is optional.
 */
const CHUNK = /(?:\/_next\/)?(static\/chunks\/[\w./~-]+?\.js)\b/g

// webpack's runtime builds chunk names at run time (`"static/chunks/"+id+"."+hash+".js"`), which
// no pattern can follow: a build like that would make "no secret in any chunk" pass unseen.
const COMPUTED_CHUNK = /["'`]static\/chunks\/["'`]\s*\+/

/** The chunks `body` (served from `url`) names, as absolute URLs on the same origin. */
const chunksIn = (body: string, url: string): string[] => {
  if (COMPUTED_CHUNK.test(body)) {
    throw new Error(`${url} computes its chunks' names (a webpack build?): the recorder follows only Turbopack's literal names; build the site with Turbopack`)
  }
  const base = `${new URL(url).origin}/_next/`
  return [...body.matchAll(CHUNK)].map(([, chunk]) => new URL(chunk!, base).href)
}

const fetchChunk = async (url: string): Promise<string> => {
  const res = await fetch(url)
  // A page naming a chunk the server does not have would otherwise be checked as its 404 page.
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}; a page or chunk names a chunk the server does not serve`)
  return res.text()
}

/**
 * Everything a browser gets: each response's body as the page received it, and then every JS
 * chunk the pages name and every chunk those chunks load in turn (fetched whether or not the
 * browser loaded it), so a secret in any of them is found.
 */
export const recordResponses = (page: Page) => {
  const bodies: { body: string; url: string }[] = []
  const pending: Promise<void>[] = []
  page.on('response', (res) => {
    pending.push(
      res
        .body()
        .then((body) => void bodies.push({ body: body.toString('utf8'), url: res.url() }))
        // Redirects have no body.
        .catch(() => undefined),
    )
  })
  return {
    /** The recorded bodies and every chunk reachable from them, by URL. */
    all: async (): Promise<Map<string, string>> => {
      await Promise.all(pending)
      const all = new Map(bodies.map(({ body, url }, i) => [`${url} #${i}`, body]))
      const queue = bodies.flatMap(({ body, url }) => chunksIn(body, url))
      // Each chunk once, however many bodies name it; the queue grows with what chunks name.
      for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) {
        if (all.has(chunk)) continue
        const body = await fetchChunk(chunk)
        all.set(chunk, body)
        queue.push(...chunksIn(body, chunk))
      }
      return all
    },
  }
}

/** The URLs whose body contains any of `secrets`. */
export const leaks = (bodies: Map<string, string>, secrets: string[]): string[] =>
  [...bodies].filter(([, body]) => secrets.some((secret) => body.includes(secret))).map(([url]) => url)
