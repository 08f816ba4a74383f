import { describe, expect, it } from 'vitest'

import { slugify } from '../../src/utilities/slugify.js'
import { messages, parseExport } from './helpers.js'

const postTitled = async (title: string) => {
  const file = await parseExport('wxr-quirks.xml')
  const post = file.posts.find((candidate) => candidate.title === title)
  if (!post) throw new Error(`no post "${title}"`)
  return post
}

describe('quirks real exports carry', () => {
  it('should give a post and its categories in Chinese the source slugs, never empty ones', async () => {
    const post = await postTitled('绿茶与服务器')
    expect(post.slug).toBe('绿茶')
    expect(post.categories).toEqual(['茶叶', '服务器', '乌龙'])
    // A tag without a nicename is slugged by the shared rule when it is created.
    expect(post.categorySlugs).toEqual({ 服务器: 'servers', 茶叶: '茶叶' })
    expect(slugify('乌龙')).toBe('乌龙')
  })

  it('should import both posts that share a WXR id, each under its own key', async () => {
    const file = await parseExport('wxr-quirks.xml')
    const repeated = file.posts.filter((post) => post.title.startsWith('Repeated id'))
    expect(repeated.map((post) => [post.title, post.slug, post.sourceKey])).toEqual([
      ['Repeated id, first post', 'repeated-first', 'http://tea-notes.example.org/?p=12'],
      [
        'Repeated id, second post',
        'repeated-second',
        'http://tea-notes.example.org/?p=12#repeated-second',
      ],
    ])
    expect(new Set(file.posts.map((post) => post.sourceKey)).size).toBe(file.posts.length)
  })

  it('should date a post with a zero GMT date by its local date in the blog zone, not 1970', async () => {
    const utc = await postTitled('Repeated id, first post')
    expect(utc.publishedAt).toBe('2019-04-04T09:30:00.000Z')
    const file = await parseExport('wxr-quirks.xml', 'Asia/Shanghai')
    const shanghai = file.posts.find((post) => post.title === 'Repeated id, first post')
    expect(shanghai?.publishedAt).toBe('2019-04-04T01:30:00.000Z')
    expect(messages(file)).toContain(
      '"Repeated id, first post": no GMT date (0000-00-00 00:00:00): the local date ' +
        '2019-04-04 09:30:00 is read in Asia/Shanghai (--tz)',
    )
    expect(file.posts.every((post) => post.publishedAt >= '1990')).toBe(true)
  })

  it('should keep a title that holds an entity-encoded tag as text', async () => {
    const post = await postTitled('Why the <html> element matters')
    expect(post.slug).toBe('html-element')
  })

  it('should map private, trash, future and pending as WordPress meant them', async () => {
    const file = await parseExport('wxr-quirks.xml')
    const statuses = Object.fromEntries(file.posts.map((post) => [post.title, post.status]))
    expect(statuses).toMatchObject({
      'A private note': 'draft',
      'Coming soon': 'scheduled',
      'Waiting for review': 'draft',
      'Why the <html> element matters': 'published',
    })
    expect(statuses['A post in the trash']).toBeUndefined()
    expect(messages(file)).toEqual(
      expect.arrayContaining([
        '"A private note": private post imported as a private draft: only admins and editors see it',
        'post "A post in the trash" with status "trash" skipped',
        '"Coming soon": scheduled post: imported as a draft that is published at its date',
      ]),
    )
    expect((await postTitled('Coming soon')).publishedAt).toBe('2100-01-01T08:00:00.000Z')
    expect((await postTitled('A private note')).legacyPath).toBe('')
  })

  it('should read a feed with a BOM and a blank line before its XML declaration', async () => {
    const file = await parseExport('rss-late-declaration.xml')
    expect(file.posts.map((post) => [post.title, post.publishedAt])).toEqual([
      ['Served with a blank line first', '2010-05-10T09:00:00.000Z'],
    ])
  })

  it('should decode a feed in the encoding its declaration names', async () => {
    const polish = await parseExport('rss-iso-8859-2.xml')
    expect(polish.posts[0]).toMatchObject({
      slug: 'lodz-spotkanie-uzytkownikow',
      text: 'Źródła są w repozytorium; zapraszamy wszystkich.',
      title: 'Łódź: spotkanie użytkowników',
    })
    const portuguese = await parseExport('rss-iso-8859-1.xml')
    expect(portuguese.posts[0]).toMatchObject({
      slug: 'mae-e-filha-a-nova-presidencia',
      title: 'Mãe e filha: a nova presidência',
    })
  })

  it('should slug every script, and change nothing when it slugs its own slug again', () => {
    for (const title of ['Întâlnire: servere și rețele', '绿茶与服务器', 'Straße & Co', 'Привет, мир']) {
      // Payload slugifies a given slug again on create: that must change nothing.
      expect(slugify(slugify(title))).toBe(slugify(title))
      expect(slugify(title)).not.toBe('')
    }
    expect(slugify('!!!')).toBe('')
    expect(slugify('Întâlnire: servere și rețele')).toBe('intalnire-servere-si-retele')
    expect(slugify('Привет, мир')).toBe('привет-мир')
  })
})
