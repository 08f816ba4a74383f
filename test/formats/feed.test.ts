import { describe, expect, it } from 'vitest'

import { postTitled } from '../helpers/parsedFiles.js'
import { messages, parseExport } from './helpers.js'

describe('RSS 2.0 feed', () => {
  it("should use each item's guid as its source key", async () => {
    const file = await parseExport('rss-feed.xml')
    expect(file.format).toBe('rss-feed')
    expect(file.posts.map((post) => post.sourceKey)).toEqual([
      'tag:blogger.com,1999:blog-7001.post-1004',
      'tag:blogger.com,1999:blog-7001.post-1003',
      'http://virtualthoughts.blogspot.com/2006/10/fish-and-chips.html',
      // A guid that is not a URI is scoped by the feed's address.
      'http://virtualthoughts.blogspot.com/#42',
      // No guid at all: the link, with a warning.
      'http://virtualthoughts.blogspot.com/2006/09/no-guid.html',
    ])
    expect(messages(file)).toContain(
      '"A post with no guid": item has no guid or id; its link is its identity',
    )
  })

  it("should share the export's ids, so a blog's feed and export name the same posts alike", async () => {
    const feed = await parseExport('rss-feed.xml')
    const backup = await parseExport('blogger-export.xml')
    const shared = feed.posts.filter((post) =>
      backup.posts.some((b) => b.sourceKey === post.sourceKey),
    )
    expect(shared.map((post) => post.title)).toEqual([
      'OpenVZ webinar next week',
      'Xen 3.0.3 is out',
    ])
  })

  it('should use content:encoded over description, and description when it is all there is', async () => {
    const file = await parseExport('rss-feed.xml')
    const xen = postTitled(file, 'Xen 3.0.3 is out')
    expect(xen.text).toBe('The Xen team released 3.0.3.\n\nimage: Boot times')
    expect(xen.text).not.toContain('Short summary')
    const fish = postTitled(file, 'Fish & chips: a benchmark')
    expect(fish.html).toBe(
      '<p>Containers vs. VMs, measured &amp; compared.</p>' +
        '<p>See <a href="http://www.example.com/bench">http://www.example.com/bench</a> for the numbers.</p>',
    )
    expect(fish.links).toEqual(['http://www.example.com/bench'])
  })

  it('should read RFC 822 dates with their zones, and say when a date has none', async () => {
    const file = await parseExport('rss-feed.xml', 'America/New_York')
    const dates = file.posts.map(({ publishedAt, publishedOffset }) => [
      publishedAt,
      publishedOffset,
    ])
    expect(dates).toEqual([
      ['2006-10-18T16:00:00.000Z', '-07:00'],
      ['2006-10-16T16:30:00.000Z', '+00:00'],
      ['2006-10-10T12:00:00.000Z', '-04:00'],
      ['2006-09-22T23:14:00.000Z', '-07:00'],
      // No zone: read in the blog's zone (--tz).
      ['2006-09-21T14:00:00.000Z', '-04:00'],
    ])
    expect(messages(file)).toContain(
      '"A post with no guid": the date names no time zone; read in the blog\'s zone',
    )
  })

  it('should keep categories, authors, and the link as the legacy URL', async () => {
    const file = await parseExport('rss-feed.xml')
    expect(postTitled(file, 'OpenVZ webinar next week')).toMatchObject({
      authorName: 'Kir Kolyshkin',
      categories: ['OpenVZ', 'Events'],
      legacyPath: '/2006/10/openvz-webinar-next-week.html',
      legacyUrl: 'http://virtualthoughts.blogspot.com/2006/10/openvz-webinar-next-week.html',
      status: 'published',
    })
    expect(postTitled(file, 'Mandriva ships OpenVZ').authorName).toBe('Jane Doe')
    // A permalink guid is the address when there is no link.
    expect(postTitled(file, 'Fish & chips: a benchmark').legacyUrl).toBe(
      'http://virtualthoughts.blogspot.com/2006/10/fish-and-chips.html',
    )
  })

  it('should give unchanged items the same key and hash a week later', async () => {
    const first = await parseExport('rss-feed.xml')
    const later = await parseExport('rss-feed-week-later.xml')
    const identity = (post: { sourceHash: string; sourceKey: string }) =>
      `${post.sourceKey} ${post.sourceHash}`
    const kept = later.posts.filter((post) => first.posts.map(identity).includes(identity(post)))
    expect(kept).toHaveLength(4)
    expect(later.posts[0].title).toBe('Live migration demo recording')
  })
})

describe('Atom feed', () => {
  it("should use each entry's id as its source key, and its alternate link as the legacy URL", async () => {
    const file = await parseExport('atom-feed.xml')
    expect(file.format).toBe('atom-feed')
    expect(file.warnings).toEqual([])
    expect(file.posts.map(({ legacyUrl, sourceKey }) => [sourceKey, legacyUrl])).toEqual([
      [
        'tag:containers.example.org,2007-03-01:/checkpointing-and-restore',
        'https://containers.example.org/2007/03/checkpointing-and-restore/',
      ],
      [
        'tag:containers.example.org,2007-02-20:/namespaces',
        'https://containers.example.org/2007/02/namespaces/',
      ],
      [
        'https://containers.example.org/2007/02/plain/',
        'https://containers.example.org/2007/02/plain/',
      ],
    ])
  })

  it('should read html, xhtml and text content, and HTML titles as text', async () => {
    const file = await parseExport('atom-feed.xml')
    const [checkpoint, namespaces, plain] = file.posts
    expect(checkpoint.title).toBe('Checkpointing & restore, explained')
    expect(checkpoint.html).toBe(
      '<h2>Why</h2><p>Checkpointing a container saves its processes to disk. See ' +
        '<a href="https://containers.example.org/docs/criu/">the docs</a>.</p>' +
        '<p><code>criu dump -t 42<br>criu restore</code></p>',
    )
    expect(namespaces.html).toBe(
      '<p>Six namespaces: <strong>pid</strong>, net, ipc, mnt, uts &amp; user.</p>' +
        '<blockquote>Everything is a namespace.</blockquote><ol><li>pid</li><li>net</li></ol>',
    )
    expect(namespaces.text).toBe(
      'Six namespaces: pid, net, ipc, mnt, uts & user.\n\nEverything is a namespace.\n\n1. pid\n\n2. net',
    )
    expect(plain.text).toBe('First paragraph of a summary <not a tag>.\n\nSecond paragraph.')
  })

  it("should take published, else updated, with zones; labels; and the feed's author as fallback", async () => {
    const file = await parseExport('atom-feed.xml')
    expect(
      file.posts.map((post) => [
        post.publishedAt,
        post.publishedOffset,
        post.updatedAt,
        post.authorName,
      ]),
    ).toEqual([
      ['2007-03-01T22:30:00.000Z', '+01:00', '2007-03-02T08:15:00.000Z', 'Pavel Emelyanov'],
      ['2007-02-20T08:00:00.000Z', '+00:00', '2007-02-20T08:00:00.000Z', 'Kir Kolyshkin'],
      ['2007-02-10T17:00:00.000Z', '-05:00', '2007-02-10T17:00:00.000Z', 'Pavel Emelyanov'],
    ])
    expect(file.posts[0].categories).toEqual(['CRIU', 'kernel'])
  })
})
