import type { Page } from 'playwright-core'

/**
 * Everything a browser gets: each response's body as the page received it, and then every JS
 * chunk the pages name (fetched whether or not the browser loaded it), so a secret in any of
 * them is found.
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
    /** The recorded bodies and every chunk they reference, by URL. */
    all: async (): Promise<Map<string, string>> => {
      await Promise.all(pending)
      const chunks = new Set<string>()
      for (const { body, url } of bodies) {
        for (const [chunk] of body.matchAll(/\/_next\/static\/[\w./~-]+\.js/g)) chunks.add(new URL(chunk, url).href)
      }
      const all = new Map(bodies.map(({ body, url }, i) => [`${url} #${i}`, body]))
      for (const chunk of chunks) all.set(chunk, await (await fetch(chunk)).text())
      return all
    },
  }
}

/** The URLs whose body contains any of `secrets`. */
export const leaks = (bodies: Map<string, string>, secrets: string[]): string[] =>
  [...bodies].filter(([, body]) => secrets.some((secret) => body.includes(secret))).map(([url]) => url)
