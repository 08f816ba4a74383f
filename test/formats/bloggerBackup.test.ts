import { describe, expect, it } from 'vitest'

import { messages, parseExport } from './helpers.js'

describe("Blogger's backup format since 2018", () => {
  it('should be its own format, with posts by blogger:status and slugs from blogger:filename', async () => {
    const file = await parseExport('blogger-backup-2018.xml')
    expect(file.format).toBe('blogger-backup')
    expect(
      file.posts.map((post) => [post.title, post.status, post.slug, post.publishedAt]),
    ).toEqual([
      ['Întâlnire: servere și rețele', 'published', 'intalnire-servere', '2021-03-01T08:15:00.000Z'],
      ['Half-written notes', 'draft', 'half-written-notes', '2021-04-01T10:00:00.000Z'],
      ['Next year in racks', 'scheduled', 'next-year', '2099-01-01T09:00:00.000Z'],
    ])
    expect(messages(file)).toEqual(
      expect.arrayContaining([
        'post "Thrown away" with status "SOFT_TRASHED" skipped',
        'page "About" skipped: pages are not imported',
      ]),
    )
  })

  it('should keep the entry id as the key, labels, the author, the address and live comments', async () => {
    const file = await parseExport('blogger-backup-2018.xml')
    const [live, draft] = file.posts
    expect(live).toMatchObject({
      authorName: 'Ana Pop',
      categories: ['Servere', 'Rețele'],
      legacyPath: '/2021/03/intalnire-servere.html',
      legacyUrl: 'https://rackandroll.blogspot.com/2021/03/intalnire-servere.html',
      sourceKey: 'tag:blogger.com,1999:blog-4242.post-101',
    })
    expect(live.comments.map(({ author, text }) => [author, text])).toEqual([
      ['Radu', 'Great meeting, thanks!'],
    ])
    // A draft was never public: no address to redirect from.
    expect(draft.legacyPath).toBe('')
  })
})
