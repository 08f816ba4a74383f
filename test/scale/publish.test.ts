import { describe, expect, it } from 'vitest'

import { json, stack } from './stack.js'

interface Listing {
  docs: { title: string }[]
}

/** What an anonymous reader gets from `url` for the slug: the REST API, no cookie, no token. */
const readerSees = async (url: string, slug: string) => {
  const res = await fetch(`${url}/api/posts?where[slug][equals]=${slug}`)
  return (await json<Listing>(res)).docs.map((doc) => doc.title)
}

describe('a post published on instance A', () => {
  it('should be hidden from readers on B while a draft, and visible on B at once when published', async () => {
    const { a, b, editor } = stack()
    const headers = { ...editor, 'content-type': 'application/json' }
    const created = await fetch(`${a}/api/posts?draft=true`, {
      body: JSON.stringify({ _status: 'draft', title: 'Published across instances' }),
      headers,
      method: 'POST',
    })
    const { doc } = await json<{ doc: { id: number | string; slug: string } }>(created, 201)
    expect(await readerSees(b, doc.slug)).toEqual([])

    const published = await fetch(`${a}/api/posts/${doc.id}`, {
      body: JSON.stringify({ _status: 'published' }),
      headers,
      method: 'PATCH',
    })
    await json(published)
    // No wait, no retry: B holds no cache of its own that could still show the draft state.
    expect(await readerSees(b, doc.slug)).toEqual(['Published across instances'])
  })
})
