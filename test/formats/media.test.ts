import { readFile } from 'node:fs/promises'
import { describe, expect, it, vi } from 'vitest'

import type { ImportedMedia } from '../../src/importer/types.js'

import { parseFile } from '../../src/importer/parseFile.js'
import { postTitled, writeTemp } from '../helpers/parsedFiles.js'
import { exportFixture, messages, parseExport } from './helpers.js'

const UPLOADS = 'https://racknotes.example.org/wp-content/uploads/2024'
const RACKING = 'https://2.bp.blogspot.com/-AbCdEfGh/XyZ123/AAAAAAAAB1c/Qwerty1'

/** The fields of each file a test names, in the post's order. */
const files = (media: ImportedMedia[] | undefined, ...fields: (keyof ImportedMedia)[]) =>
  (media ?? []).map((file) => Object.fromEntries(fields.map((field) => [field, file[field]])))

describe("the files a WordPress export's posts use", () => {
  it('should list inline images, the featured image and the attachments, one entry per file', async () => {
    const post = postTitled(await parseExport('media-wxr.xml'), 'Building the new rack')
    expect(files(post.media, 'role', 'url', 'alt', 'title', 'caption', 'mimeType', 'line')).toEqual(
      [
        // A relative src resolves against the post's address.
        { alt: 'The rack, front', line: 23, role: 'inline', url: `${UPLOADS}/03/rack-front.jpg` },
        // The [caption] image is also an attachment: one file, its alt and caption from WordPress.
        {
          alt: 'Patch cables in two colours',
          caption: 'Cabling, before and after',
          line: 25,
          role: 'inline',
          title: 'Cabling',
          url: `${UPLOADS}/03/cabling.png`,
        },
        { alt: 'The switch', line: 27, role: 'inline', url: `${UPLOADS}/03/switch.jpg` },
        {
          alt: 'Twelve servers in one rack',
          caption: 'All twelve servers, racked.',
          line: 41,
          mimeType: 'image/jpeg',
          role: 'featured',
          title: 'Hero shot',
          url: `${UPLOADS}/03/hero.jpg`,
        },
        {
          line: 55,
          mimeType: 'application/pdf',
          role: 'attachment',
          title: 'Parts list',
          url: `${UPLOADS}/03/parts.pdf`,
        },
        { line: 78, role: 'attachment', title: 'Spare drives', url: `${UPLOADS}/03/spares.jpg` },
      ].map((file) => ({
        alt: undefined,
        caption: undefined,
        mimeType: undefined,
        title: undefined,
        ...file,
      })),
    )
    expect(post.media?.every(({ key, url, variants }) => key === url && !variants)).toBe(true)
  })

  it('should make each image a block, drop a link to the image itself, and link only the PDF', async () => {
    const post = postTitled(await parseExport('media-wxr.xml'), 'Building the new rack')
    expect(post.html).toBe(
      '<p>We moved everything into one rack.</p>' +
        `<img src="${UPLOADS}/03/rack-front.jpg" alt="The rack, front"><p>It took a weekend.</p>` +
        `<img src="${UPLOADS}/03/cabling.png" alt=""><p>Cabling, before and after</p>` +
        `<img src="${UPLOADS}/03/switch.jpg" alt="The switch"><p>The parts list is attached.</p>` +
        // The pictures that are not in the body (hero.jpg, spares.jpg) become Media, not links.
        `<p>Attachment: <a href="${UPLOADS}/03/parts.pdf">Parts list</a></p>`,
    )
    expect(post.text).toContain(
      'image: The rack, front\n\nIt took a weekend.\n\nimage: cabling.png',
    )
    expect(post.images).toEqual([
      { alt: 'The rack, front', url: `${UPLOADS}/03/rack-front.jpg` },
      { alt: '', url: `${UPLOADS}/03/cabling.png` },
      { alt: 'The switch', url: `${UPLOADS}/03/switch.jpg` },
    ])
  })

  it('should give the featured image its role when the body shows it too, and keep links elsewhere', async () => {
    const file = await parseExport('media-wxr.xml')
    const post = postTitled(file, 'One month later')
    expect(files(post.media, 'role', 'url', 'alt')).toEqual([
      { alt: 'Uptime graph', role: 'inline', url: `${UPLOADS}/04/uptime.png` },
      { alt: 'The rack again', role: 'featured', url: `${UPLOADS}/03/hero.jpg` },
    ])
    expect(post.html).toBe(
      `<p>Still running.</p><img src="${UPLOADS}/04/uptime.png" alt="Uptime graph">` +
        '<p><a href="https://racknotes.example.org/2024/03/building-the-new-rack/">Uptime graph</a></p>' +
        `<img src="${UPLOADS}/03/hero.jpg" alt="The rack again">`,
    )
    expect(messages(file)).toEqual([])
  })

  it('should count a change of featured image as a change of the post, and nothing else', async () => {
    const source = await readFile(exportFixture('media-wxr.xml'), 'utf8')
    const first = await parseExport('media-wxr.xml')
    const edit = async (from: string, to: string) =>
      parseFile(await writeTemp('media-wxr.xml', source.replace(from, to)))
    const hashes = (file: typeof first) => file.posts.map(({ sourceHash }) => sourceHash)
    // The same file is featured no more: the post's attachments and HTML stay as they were.
    const unfeatured = await edit('<![CDATA[_thumbnail_id]]>', '<![CDATA[_edit_lock]]>')
    expect(unfeatured.posts[0].attachments).toEqual(first.posts[0].attachments)
    expect(unfeatured.posts[0].html).toBe(first.posts[0].html)
    expect(unfeatured.posts[0].media?.map(({ role }) => role)).not.toContain('featured')
    // A featured image the export does not hold is said, not silently dropped.
    const missing = await edit('<wp:meta_value><![CDATA[11]]></wp:meta_value>', '<wp:meta_value><![CDATA[99]]></wp:meta_value>')
    expect(messages(missing)).toContain(
      '"Building the new rack": its featured image (attachment 99) is not in the export; the post has none',
    )
    expect(hashes(unfeatured)).toEqual([
      expect.not.stringMatching(hashes(first)[0]),
      hashes(first)[1],
    ])
    const refeatured = await edit(
      '<![CDATA[11]]></wp:meta_value>',
      '<![CDATA[14]]></wp:meta_value>',
    )
    expect(refeatured.posts[0].media?.find(({ role }) => role === 'featured')?.url).toBe(
      `${UPLOADS}/03/spares.jpg`,
    )
    expect(hashes(refeatured)[0]).not.toBe(hashes(first)[0])
    // A file's line is not its content: a post growing above moves it without changing it.
    const moved = await edit('<wp:wxr_version>', '\n\n<wp:wxr_version>')
    expect(moved.posts[0].media?.[0].line).toBe(first.posts[0].media![0].line + 2)
    expect(hashes(moved)).toEqual(hashes(first))
  })
})

describe("the files a Blogger backup's posts use", () => {
  it('should make one file of every size of a picture, fetched at the largest, with the others as variants', async () => {
    const post = postTitled(await parseExport('media-blogger-backup.xml'), 'Racking day')
    expect(post.media).toEqual([
      {
        alt: 'Racking day',
        key: 'https://bp.blogspot.com/-AbCdEfGh/XyZ123/AAAAAAAAB1c/Qwerty1/racking-day.jpg',
        line: 15,
        role: 'inline',
        // The link around the image names the largest size, s1600, over http.
        url: 'http://2.bp.blogspot.com/-AbCdEfGh/XyZ123/AAAAAAAAB1c/Qwerty1/s1600/racking-day.jpg',
        variants: [
          `${RACKING}/s400/racking-day.jpg`,
          `${RACKING}/s200/racking-day.jpg`,
          // The backup's media:thumbnail is the same picture.
          `${RACKING}/s72-c/racking-day.jpg`,
        ],
      },
      {
        alt: 'Cables',
        key: 'https://bp.blogspot.com/-Old1/Pic2/AAAAAAAAAA8/Hash3/cables.png',
        line: 18,
        role: 'inline',
        // s1600-h is the page around the picture, not the picture: the image's own size is fetched.
        url: 'http://3.bp.blogspot.com/-Old1/Pic2/AAAAAAAAAA8/Hash3/s320/cables.png',
        variants: ['http://3.bp.blogspot.com/-Old1/Pic2/AAAAAAAAAA8/Hash3/s1600-h/cables.png'],
      },
    ])
    // Both image blocks of the picture name its largest size; the wrapping links are gone.
    const largest =
      'http://2.bp.blogspot.com/-AbCdEfGh/XyZ123/AAAAAAAAB1c/Qwerty1/s1600/racking-day.jpg'
    expect(post.html).toBe(
      `<img src="${largest}" alt="Racking day"><p>We racked twelve servers in one afternoon.</p>` +
        `<p>The same picture, smaller:</p><img src="${largest}" alt=""><p>And the cables:</p>` +
        '<img src="http://3.bp.blogspot.com/-Old1/Pic2/AAAAAAAAAA8/Hash3/s320/cables.png" alt="Cables">',
    )
    expect(post.links).toEqual([])
  })

  it('should read the =size suffixes of blogger.googleusercontent.com, and a =s72-c thumbnail', async () => {
    const post = postTitled(await parseExport('media-blogger-backup.xml'), 'Diagram and panel')
    const diagram = 'https://blogger.googleusercontent.com/img/a/AVvXsEjDiagram9'
    const panel = 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiPanel7'
    expect(files(post.media, 'key', 'url', 'variants')).toEqual([
      {
        key: diagram,
        url: `${diagram}=s1600`,
        variants: [`${diagram}=w400-h300`, `${diagram}=s72-c`],
      },
      {
        key: `${panel}/panel.jpg`,
        url: `${panel}/s1600/panel.jpg`,
        variants: [`${panel}/w640-h480/panel.jpg`],
      },
    ])
    expect(post.html).toBe(
      `<img src="${diagram}=s1600" alt="Network diagram"><p>The diagram, then the panel:</p>` +
        `<img src="${panel}/s1600/panel.jpg" alt="The patch panel">`,
    )
  })

  it("should keep files of other hosts as they are, and take none from readers' comments", async () => {
    const post = postTitled(await parseExport('media-blogger-backup.xml'), 'The team')
    expect(files(post.media, 'role', 'url')).toEqual([
      { role: 'inline', url: 'https://photos.rackandroll.example.com/team.jpg' },
    ])
    expect(post.comments.map(({ text }) => text)).toEqual(['Nice rack!\n\nimage: smile.gif'])
    expect(post.html).toContain(
      '<img src="https://photos.rackandroll.example.com/team.jpg" alt="The team">' +
        '<p><a href="https://photos.rackandroll.example.com/team-large.jpg">The team</a></p>',
    )
  })

  it("should read the older export's media:thumbnail as another size of the post's image", async () => {
    const source = await readFile(exportFixture('blogger-export.xml'), 'utf8')
    const thumbnail =
      "<media:thumbnail xmlns:media='http://search.yahoo.com/mrss/' url='http://1.bp.blogspot.com/s72-c/xen-boot-small.png'/>"
    const path = await writeTemp(
      'blog.xml',
      source.replace(
        "<content type='html'>The &lt;b&gt;Xen",
        `${thumbnail}<content type='html'>The &lt;b&gt;Xen`,
      ),
    )
    const post = postTitled(await parseFile(path), 'Xen 3.0.3 is out & it boots faster')
    expect(files(post.media, 'role', 'url', 'variants')[0]).toEqual({
      role: 'inline',
      url: 'http://1.bp.blogspot.com/xen-boot-small.png',
      variants: ['http://1.bp.blogspot.com/s72-c/xen-boot-small.png'],
    })
  })
})

describe("the files a feed's items use", () => {
  it('should list enclosures and media:content beside the inline images, with their types', async () => {
    const file = await parseExport('media-rss.xml')
    expect(
      files(postTitled(file, 'Episode 12: cooling').media, 'role', 'url', 'mimeType', 'line'),
    ).toEqual([
      {
        line: 14,
        mimeType: undefined,
        role: 'inline',
        url: 'https://radio.example.net/media/airflow.png',
      },
      {
        line: 15,
        mimeType: 'audio/mpeg',
        role: 'enclosure',
        url: 'https://radio.example.net/media/episode-12.mp3',
      },
      {
        line: 16,
        mimeType: 'image/jpeg',
        role: 'enclosure',
        url: 'https://radio.example.net/media/cover-12.jpg',
      },
    ])
    expect(postTitled(file, 'Episode 12: cooling').html).toBe(
      '<p>We talk about airflow.</p>' +
        '<img src="https://radio.example.net/media/airflow.png" alt="Airflow, front to back"><p>Then about noise.</p>',
    )
  })

  it('should read images in a description, thumbnails and media:group, and merge an enclosure the body shows', async () => {
    const file = await parseExport('media-rss.xml')
    expect(files(postTitled(file, 'Episode 11: power').media, 'role', 'url', 'mimeType')).toEqual([
      { mimeType: 'image/jpeg', role: 'inline', url: 'https://radio.example.net/media/ups.jpg' },
      {
        mimeType: undefined,
        role: 'thumbnail',
        url: 'https://radio.example.net/media/ups-small.jpg',
      },
      {
        mimeType: 'audio/ogg',
        role: 'enclosure',
        url: 'https://radio.example.net/media/episode-11.ogg',
      },
      {
        mimeType: 'audio/mpeg',
        role: 'enclosure',
        url: 'https://radio.example.net/media/episode-11.mp3',
      },
    ])
    // An enclosure with no web address is no file.
    expect(postTitled(file, 'Episode 10: a quiet one').media).toBeUndefined()
  })

  it("should read an Atom feed's thumbnail and link rel=enclosure", async () => {
    const path = await writeTemp(
      'feed.atom',
      `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<id>tag:blogger.com,1999:blog-99</id><title>Pictures</title>
<link rel="alternate" type="text/html" href="https://pictures.blogspot.com/"/>
<entry>
<id>tag:blogger.com,1999:blog-99.post-1</id><title>One</title>
<published>2016-06-01T10:00:00Z</published><updated>2016-06-01T10:00:00Z</updated>
<link rel="alternate" type="text/html" href="https://pictures.blogspot.com/2016/06/one.html"/>
<content type="html">&lt;img src="https://lh4.googleusercontent.com/AbC=w400-h300" alt="One"&gt;</content>
<link rel="enclosure" type="application/pdf" href="https://pictures.example.com/one.pdf" length="10"/>
<media:thumbnail url="https://lh3.googleusercontent.com/AbC=s72-c" height="72" width="72"/>
</entry>
</feed>
`,
    )
    const file = await parseFile(path)
    expect(file.format).toBe('atom-feed')
    expect(files(file.posts[0].media, 'role', 'url', 'variants', 'mimeType', 'line')).toEqual([
      {
        line: 9,
        mimeType: undefined,
        role: 'inline',
        url: 'https://lh4.googleusercontent.com/AbC=w400-h300',
        variants: ['https://lh3.googleusercontent.com/AbC=s72-c'],
      },
      {
        line: 10,
        mimeType: 'application/pdf',
        role: 'enclosure',
        url: 'https://pictures.example.com/one.pdf',
        variants: undefined,
      },
    ])
  })

  it('should derive a missing title from the text after an opening image, not from its label', async () => {
    const item = (guid: string, body: string) =>
      `<item><guid>${guid}</guid><pubDate>Tue, 05 Mar 2024 09:00:00 +0000</pubDate>` +
      `<description><![CDATA[${body}]]></description></item>`
    const path = await writeTemp(
      'untitled.rss',
      '<?xml version="1.0"?><rss version="2.0"><channel><link>https://radio.example.net/</link>' +
        item(
          'a',
          '<p><img src="https://radio.example.net/a.png" alt="A rack">Racked at last. More soon.</p>',
        ) +
        item('b', '<img src="https://radio.example.net/b.png" alt="Only a picture">') +
        '</channel></rss>',
    )
    const file = await parseFile(path)
    expect(file.posts.map(({ title, titleDerived }) => [title, titleDerived])).toEqual([
      ['Racked at last', true],
      // A post that is only a picture keeps the title it always had: the image's label.
      ['image: Only a picture', true],
    ])
  })

  it('should fetch nothing while parsing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    for (const name of ['media-wxr.xml', 'media-blogger-backup.xml', 'media-rss.xml'])
      await parseExport(name)
    expect(fetch).not.toHaveBeenCalled()
    fetch.mockRestore()
  })
})
