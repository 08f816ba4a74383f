import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { postTitled, writeTemp } from '../helpers/parsedFiles.js'
import { exportFixture, messages, parseExport } from './helpers.js'

const XEN = 'Xen versus KVM – first numbers'
const VERGLEICH = 'VMware & Proxmox im Vergleich'

describe('WordPress WXR 1.1', () => {
  it('should import posts only: pages skipped with a note, menus and trash counted', async () => {
    const file = await parseExport('wxr-1.1.xml')
    expect(file.format).toBe('wordpress-wxr')
    expect(file.posts.map((post) => post.title)).toEqual([
      XEN,
      'Draft: KVM on ARM',
      'Members only: roadmap',
    ])
    expect(file.warnings).toContainEqual({
      line: 115,
      message: 'page "About" skipped: pages are not imported',
    })
    expect(messages(file)).toContain('post "Deleted thoughts" with status "trash" skipped')
    expect(messages(file)).toContain('2 "nav_menu_item" items skipped')
  })

  it('should keep the status: publish is published, draft and password-protected are drafts', async () => {
    const file = await parseExport('wxr-1.1.xml')
    expect(file.posts.map((post) => post.status)).toEqual(['published', 'draft', 'draft'])
    expect(messages(file)).toContain(
      '"Members only: roadmap": password-protected post imported as a draft',
    )
    expect(postTitled(file, 'Draft: KVM on ARM').legacyPath).toBe('')
  })

  it('should take the instant from post_date_gmt and the zone from post_date', async () => {
    const file = await parseExport('wxr-1.1.xml', 'Europe/Berlin')
    expect(postTitled(file, XEN)).toMatchObject({
      publishedAt: '2013-01-15T17:30:00.000Z',
      publishedOffset: '+01:00',
    })
    // A draft has no GMT date: its post_date is read in the blog's zone.
    expect(postTitled(file, 'Draft: KVM on ARM')).toMatchObject({
      publishedAt: '2013-01-28T20:40:00.000Z',
      publishedOffset: '+01:00',
    })
  })

  it("should keep categories and tags, the author's display name, the permalink and the guid", async () => {
    const post = postTitled(await parseExport('wxr-1.1.xml'), XEN)
    expect(post).toMatchObject({
      authorName: 'Bob Writer',
      categories: ['Hypervisors', 'Xen', 'KVM'],
      legacyPath: '/2013/01/xen-versus-kvm-first-numbers/',
      legacyUrl: 'http://hypervisor-notes.example.com/2013/01/xen-versus-kvm-first-numbers/',
      slug: 'xen-versus-kvm-first-numbers',
      sourceKey: 'http://hypervisor-notes.example.com/?p=12',
    })
  })

  it("should add WordPress's paragraphs and drop its caption shortcode", async () => {
    const post = postTitled(await parseExport('wxr-1.1.xml'), XEN)
    expect(post.html).toContain('<p>We ran the same benchmark on Xen and KVM.</p>')
    expect(post.html).toContain(
      '<p>The results are <strong>close</strong>:<br>Xen wins on I/O, KVM on CPU.</p>',
    )
    expect(post.text).not.toContain('[caption')
    expect(post.text).toContain('image: Benchmark chart\n\nThe chart')
    expect(post.html).toContain(
      '<img src="http://hypervisor-notes.example.com/wp-content/uploads/2013/01/chart.png" ' +
        'alt="Benchmark chart"><p>The chart</p>',
    )
  })

  it('should keep approved comments only, without pingbacks', async () => {
    const post = postTitled(await parseExport('wxr-1.1.xml'), XEN)
    expect(post.comments).toEqual([
      { author: 'Carla', line: 59, text: 'Which kernel did you use?' },
    ])
  })

  it("should list attachments as the post's files, and link the one that is no picture", async () => {
    const file = await parseExport('wxr-1.1.xml')
    const post = postTitled(file, XEN)
    const chart = 'http://hypervisor-notes.example.com/wp-content/uploads/2013/01/chart.png'
    const paper = 'http://hypervisor-notes.example.com/wp-content/uploads/2013/01/paper.pdf'
    expect(post.attachments).toEqual([
      { title: 'chart', url: chart },
      { title: 'Benchmark paper', url: paper },
    ])
    // The chart is shown in the body already (one file, inline); the paper is added as a link.
    expect(post.media?.map(({ role, title, url }) => [role, title, url])).toEqual([
      ['inline', 'chart', chart],
      ['attachment', 'Benchmark paper', paper],
    ])
    expect(post.html).toContain(`<p>Attachment: <a href="${paper}">Benchmark paper</a></p>`)
    expect(post.html.match(/chart\.png/g)).toHaveLength(1)
    // Nothing is fetched here: whether a file could be had is the apply stage's to report.
    expect(messages(file).filter((message) => message.includes('attachment'))).toEqual([])
  })
})

describe('WordPress WXR 1.2', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should read block-editor content: comments gone, headings, lists, figures; embeds removed', async () => {
    const file = await parseExport('wxr-1.2.xml')
    const post = postTitled(file, VERGLEICH)
    expect(post.html).toBe(
      '<p>Nach der Übernahme fragen viele: <em>VMware</em> oder Proxmox?</p><h2>Kosten</h2>' +
        '<ul><li>Lizenzen</li><li>Support</li></ul>' +
        // The featured image (titelbild.jpg) is a picture: a file of the post, not a link.
        '<img src="https://cloudcafe.example.net/wp-content/uploads/2024/01/kosten.png" alt="Kostenvergleich">',
    )
    expect(messages(file)).toContain(
      `"${VERGLEICH}": removed from the content: <iframe> (https://www.youtube.com/embed/abc)`,
    )
  })

  it('should map statuses, dates, the modified time, tags and the featured image', async () => {
    const file = await parseExport('wxr-1.2.xml')
    expect(file.posts.map((post) => [post.title, post.status])).toEqual([
      [VERGLEICH, 'published'],
      ['Proxmox 8.2 kommt', 'scheduled'],
      ['Interne Notiz', 'draft'],
    ])
    expect(messages(file)).toEqual(
      expect.arrayContaining([
        '"Proxmox 8.2 kommt": scheduled post: imported as a draft that is published at its date',
        '"Interne Notiz": private post imported as a private draft: only admins and editors see it',
        'page "Impressum" skipped: pages are not imported',
        '1 "revision" item skipped',
        'attachment https://cloudcafe.example.net/wp-content/uploads/2023/12/logo.svg belongs to no imported post; not imported',
      ]),
    )
    expect(postTitled(file, VERGLEICH)).toMatchObject({
      authorName: 'Jürgen Schmidt',
      categories: ['Virtualisierung', 'VMware'],
      publishedAt: '2024-01-08T07:15:00.000Z',
      publishedOffset: '+01:00',
      updatedAt: '2024-01-09T09:00:00.000Z',
    })
    expect(postTitled(file, VERGLEICH).attachments?.map(({ title }) => title)).toEqual([
      'Titelbild',
      'kosten',
    ])
  })

  it('should download nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    await parseExport('wxr-1.2.xml')
    await parseExport('wxr-1.1.xml')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('should warn about a WXR version it does not know, and still read it', async () => {
    const source = await readFile(exportFixture('wxr-1.2.xml'), 'utf8')
    const path = await writeTemp(
      'future.xml',
      source.replace('<wp:wxr_version>1.2<', '<wp:wxr_version>1.9<'),
    )
    const file = await parseFile(path)
    expect(file.posts).toHaveLength(3)
    expect(messages(file)).toContain(
      'WXR version "1.9" is not one this importer knows; read as 1.2',
    )
  })
})
