import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { postTitled, writeTemp } from '../helpers/parsedFiles.js'
import { exportFixture, messages, parseExport } from './helpers.js'

const XEN = 'Xen 3.0.3 is out & it boots faster'

describe('Blogger export (Atom)', () => {
  it('should import kind#post entries only: not templates, settings, pages or comments', async () => {
    const file = await parseExport('blogger-export.xml')
    expect(file.format).toBe('blogger-export')
    expect(file.posts.map((post) => post.title)).toEqual([
      'Unfinished thoughts on containers',
      'OpenVZ webinar next week',
      XEN,
      'Quick note from Berlin',
      'Mandriva ships OpenVZ',
    ])
    expect(messages(file)).toContain('page "About this blog" skipped: pages are not imported')
    expect(file.warnings).toContainEqual({
      line: 41,
      message: 'page "About this blog" skipped: pages are not imported',
    })
  })

  it('should keep published and updated times with their time zones', async () => {
    const file = await parseExport('blogger-export.xml')
    expect(postTitled(file, XEN)).toMatchObject({
      publishedAt: '2006-10-16T16:30:00.000Z',
      publishedOffset: '-07:00',
      updatedAt: '2006-10-17T18:02:33.123Z',
      updatedOffset: '-07:00',
    })
    expect(postTitled(file, 'Quick note from Berlin')).toMatchObject({
      publishedAt: '2006-10-10T21:45:00.000Z',
      publishedOffset: '+02:00',
    })
  })

  it('should turn labels into categories, once each, and keep the author names', async () => {
    const file = await parseExport('blogger-export.xml')
    expect(postTitled(file, XEN).categories).toEqual(['Xen', 'Virtualization'])
    expect(postTitled(file, XEN).authorName).toBe('Kir Kolyshkin')
    expect(postTitled(file, 'Mandriva ships OpenVZ').authorName).toBe('Jane Doe')
  })

  it('should take the legacy URL from link rel=alternate, and its path for the redirect', async () => {
    const post = postTitled(await parseExport('blogger-export.xml'), XEN)
    expect(post.legacyUrl).toBe('http://virtualthoughts.blogspot.com/2006/10/xen-303-is-out.html')
    expect(post.legacyPath).toBe('/2006/10/xen-303-is-out.html')
  })

  it('should keep drafts as drafts, without an address', async () => {
    const file = await parseExport('blogger-export.xml')
    const draft = postTitled(file, 'Unfinished thoughts on containers')
    expect(draft).toMatchObject({ legacyPath: '', status: 'draft' })
    expect(draft.legacyUrl).toBeUndefined()
    expect(file.posts.filter((post) => post.status === 'published')).toHaveLength(4)
  })

  it('should keep comments apart from the posts', async () => {
    const file = await parseExport('blogger-export.xml')
    const post = postTitled(file, XEN)
    expect(post.comments).toEqual([
      { author: 'Anonymous', line: 131, text: 'Great news! cheap pills' },
      { author: 'Lukas', line: 142, text: 'Does it support PAE?\nThanks.' },
    ])
    expect(post.text).not.toContain('PAE')
    expect(file.posts.some((candidate) => candidate.text.includes('Where did the post go'))).toBe(
      false,
    )
    expect(file.warnings).toContainEqual({
      line: 153,
      message: 'comment on a post that is not in the export; skipped',
    })
  })

  it('should read Blogger HTML: <br> paragraphs, lists, links, and images as blocks of their own', async () => {
    const post = postTitled(await parseExport('blogger-export.xml'), XEN)
    expect(post.text).toBe(
      'The Xen team released 3.0.3. Read the release notes.\n\n' +
        'image: Boot times\n\nBoot times\n\nBoot times dropped by a third.\n\n' +
        'Compare it with VMware:\n\nimage: vmware-chart.png\n\n• Faster boot\n\n• Fewer crashes',
    )
    // The link around the first image names another file (no size variant of it): it follows
    // the image as a paragraph of its own.
    expect(post.html).toContain(
      '<img src="http://1.bp.blogspot.com/xen-boot-small.png" alt="Boot times">' +
        '<p><a href="http://1.bp.blogspot.com/xen-boot-large.png">Boot times</a></p>' +
        '<p>Boot times dropped by a third.</p><p>Compare it with VMware:</p>' +
        '<img src="http://virtualthoughts.blogspot.com/images/vmware-chart.png" alt="">',
    )
    expect(post.html).toContain('<ul><li>Faster boot</li><li>Fewer <em>crashes</em></li></ul>')
    expect(post.images?.map(({ url }) => url)).toEqual([
      'http://1.bp.blogspot.com/xen-boot-small.png',
      'http://virtualthoughts.blogspot.com/images/vmware-chart.png',
    ])
    expect(post.links).toEqual([
      'http://www.xen.org/release-3.0.3.html',
      'http://1.bp.blogspot.com/xen-boot-large.png',
    ])
  })

  it('should list every image as a file of the post, with the line of its body, and warn about none', async () => {
    const file = await parseExport('blogger-export.xml')
    expect(postTitled(file, XEN).media?.map(({ line, role, url }) => [line, role, url])).toEqual([
      [92, 'inline', 'http://1.bp.blogspot.com/xen-boot-small.png'],
      [92, 'inline', 'http://virtualthoughts.blogspot.com/images/vmware-chart.png'],
    ])
    // Whether a file could be had is the apply stage's to say.
    expect(messages(file).filter((message) => /image|\.png/.test(message))).toEqual([])
  })

  it('should derive a title for a post without one', async () => {
    const post = postTitled(await parseExport('blogger-export.xml'), 'Quick note from Berlin')
    expect(post.titleDerived).toBe(true)
    expect(post.text).toBe(
      'Quick note from Berlin. Virtuozzo for Windows now runs on Windows Server 2003 x64.\n\nMore soon.',
    )
  })

  it('should extract events and product mentions as for captures', async () => {
    const file = await parseExport('blogger-export.xml')
    expect(file.events).toHaveLength(1)
    expect(file.events[0]).toMatchObject({
      allDay: false,
      announcementSourceKey: 'tag:blogger.com,1999:blog-7001.post-1004',
      isFree: true,
      online: true,
      startsAt: '2006-10-26T16:00:00.000Z',
      title: 'OpenVZ webinar next week',
    })
    const mentions = postTitled(file, 'Mandriva ships OpenVZ').mentions.map(
      ({ product }) => product,
    )
    expect(mentions).toEqual(['mandriva-corporate-server-4-0', 'openvz'])
    // The same post saved as a page capture gives the same event and the same mentions.
    const webinar = postTitled(file, 'OpenVZ webinar next week')
    const capture = await parseFile(
      await writeTemp(
        'capture.txt',
        `Wednesday, October 18, 2006\n\n${webinar.title}\n\n${webinar.text}\n`,
      ),
    )
    const {
      announcementSourceKey: _a,
      line: _l,
      slug: _s,
      sourceKey: _k,
      ...event
    } = file.events[0]
    expect(capture.events[0]).toMatchObject(event)
    expect(capture.posts[0].mentions).toEqual(webinar.mentions)
  })

  it('should key posts by their entry id, stable across exports, and hash their content', async () => {
    const first = await parseExport('blogger-export.xml')
    expect(postTitled(first, XEN).sourceKey).toBe('tag:blogger.com,1999:blog-7001.post-1003')
    const source = await readFile(exportFixture('blogger-export.xml'), 'utf8')
    const renamed = await writeTemp(
      'blog-backup-2007.txt',
      source.replace('Boot times dropped by a third.', 'Boot times halved.'),
    )
    const later = await parseFile(renamed)
    expect(later.format).toBe('blogger-export')
    expect(later.posts.map((post) => post.sourceKey)).toEqual(
      first.posts.map((post) => post.sourceKey),
    )
    const changed = later.posts.filter(
      (post, index) => post.sourceHash !== first.posts[index].sourceHash,
    )
    expect(changed.map((post) => post.title)).toEqual([XEN])
  })
})
