import { expect } from 'vitest'

import type { Client } from '../helpers/http.js'

import { lexicalParagraphs, textNode } from '../helpers/richText.js'

/** Lexical JSON for a paragraph with a bold word and a link, as the admin's editor saves it. */
export const richText = (text: string, link = 'https://openvz.org/') =>
  lexicalParagraphs([
    textNode(text, 1),
    {
      type: 'link',
      children: [textNode('more')],
      direction: null,
      fields: { linkType: 'custom', newTab: false, url: link },
      format: '',
      indent: 0,
      version: 3,
    },
  ])

/** GETs `path` anonymously and returns the response with its body read. */
export const fetchText = async (
  client: Client,
  path: string,
  headers: Record<string, string> = {},
) => {
  const res = await client.request('GET', path, { headers })
  return { body: await res.text(), res }
}

/**
 * Proves a feed's validators: it sends ETag and Last-Modified, answers 304 with no body to a
 * matching If-None-Match (strong or weak) or If-Modified-Since, and 200 otherwise; an
 * If-None-Match that does not match wins over a matching If-Modified-Since (RFC 9110).
 */
export const expectConditionalGets = async (client: Client, path: string): Promise<void> => {
  const { body, res } = await fetchText(client, path)
  expect(res.status).toBe(200)
  expect(body.length).toBeGreaterThan(0)
  const etag = res.headers.get('etag')
  const lastModified = res.headers.get('last-modified')
  expect(etag).toMatch(/^"[^"]+"$/)
  expect(Date.parse(lastModified ?? '')).not.toBeNaN()

  const again = await fetchText(client, path)
  expect(again.res.headers.get('etag')).toBe(etag)
  expect(again.body).toBe(body)

  for (const ifNoneMatch of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
    const cached = await fetchText(client, path, { 'If-None-Match': ifNoneMatch })
    expect(cached.res.status).toBe(304)
    expect(cached.body).toBe('')
    expect(cached.res.headers.get('etag')).toBe(etag)
  }
  const since = await fetchText(client, path, { 'If-Modified-Since': lastModified! })
  expect(since.res.status).toBe(304)

  const earlier = new Date(Date.parse(lastModified!) - 1000).toUTCString()
  expect((await fetchText(client, path, { 'If-Modified-Since': earlier })).res.status).toBe(200)
  expect((await fetchText(client, path, { 'If-None-Match': '"stale"' })).res.status).toBe(200)
  const both = { 'If-Modified-Since': lastModified!, 'If-None-Match': '"stale"' }
  expect((await fetchText(client, path, both)).res.status).toBe(200)
}
