import { describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { ImportError } from '../../src/importer/types.js'
import { cpuMs } from '../chaos/cpuTime.js'
import { postTitled, writeTemp } from '../helpers/parsedFiles.js'
import { exportFixture, messages, parseExport } from './helpers.js'

const refusal = async (path: string) => {
  const error = await parseFile(path).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('hostile XML', () => {
  it('should refuse an XXE document, naming the file and the line, without reading the entity', async () => {
    const path = exportFixture('hostile-xxe.xml')
    const error = await refusal(path)
    expect(error).toMatchObject({ file: path, line: 4 })
    expect(error.message).toBe(
      `${path}:4: refused: the DOCTYPE declares entities (<!ENTITY>), as XXE and "billion laughs" ` +
        'documents do; exports never need them. Export the file again without a DOCTYPE.',
    )
    expect(error.message).not.toContain('root:')
  })

  // Expanding the entities would take minutes of CPU; a refusal takes milliseconds. CPU time,
  // not the wall clock, which on a shared machine also counts the neighbours' turns.
  it('should refuse a billion-laughs document at once, in under 2 s of CPU time', async () => {
    const started = cpuMs()
    const error = await refusal(exportFixture('hostile-billion-laughs.xml'))
    expect(error.line).toBe(3)
    expect(cpuMs() - started).toBeLessThan(2000)
  })

  it('should accept a DOCTYPE that declares no entities, and never expand entity references', async () => {
    const path = await writeTemp(
      'old.rss',
      '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" ' +
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>' +
        '<title>Old</title><link>http://old.example.com/</link><item><title>Fish &amp;amp; chips &amp;custom;</title>' +
        '<guid>http://old.example.com/1</guid><pubDate>Fri, 22 Sep 2006 16:14:00 GMT</pubDate>' +
        '<description>&amp;lt;b&amp;gt; is escaped twice, so it stays text</description></item></channel></rss>\n',
    )
    const file = await parseFile(path)
    expect(file.posts[0].title).toBe('Fish & chips &custom;')
    expect(file.posts[0].text).toBe('<b> is escaped twice, so it stays text')
  })

  it('should not mistake an entity quoted in CDATA for a declaration', async () => {
    const file = await parseExport('hostile-content.xml')
    expect(postTitled(file, 'Why XXE matters').sourceKey).toBe(
      'tag:compromised.example.com,2006:post-3',
    )
  })

  it('should refuse malformed XML with its line', async () => {
    const path = await writeTemp(
      'broken.xml',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>x</item>\n</channel></rss>\n',
    )
    const error = await refusal(path)
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/not well-formed XML/)
  })
})

describe('hostile content', () => {
  const FORBIDDEN = [
    /<script/i,
    /<iframe/i,
    /<style/i,
    /<object/i,
    /<embed/i,
    /<svg/i,
    /<form/i,
    /\bon[a-z]+=/i,
    /javascript:/i,
    /data:/i,
  ]

  it('should let no script, iframe, event handler or javascript: link through', async () => {
    // How many posts each fixture holds: a parse that lost them would leave nothing to check.
    const fixtures = { 'hostile-atom.xml': 2, 'hostile-content.xml': 3 }
    for (const [name, posts] of Object.entries(fixtures)) {
      const file = await parseExport(name)
      expect(file.posts, name).toHaveLength(posts)
      for (const post of file.posts) {
        for (const pattern of FORBIDDEN) {
          expect(post.html, `${post.title}: ${pattern}`).not.toMatch(pattern)
          expect(post.title).not.toMatch(pattern)
        }
        expect(post.text).not.toMatch(/alert|document\.cookie|body \{/)
      }
    }
  })

  it('should keep the safe parts, with an image as a block of its own', async () => {
    const post = postTitled(await parseExport('hostile-content.xml'), 'Harmless looking post')
    expect(post.html).toBe(
      '<p>First paragraph.</p>' +
        '<img src="http://compromised.example.com/photo.jpg" alt="Photo">' +
        '<p>click me and me too and <a href="http://safe.example.com/">a safe link</a>.</p>' +
        '<p>Last paragraph, about &lt;b&gt; tags in text, which is fine.</p>',
    )
    expect(post.links).toEqual(['http://safe.example.com/'])
  })

  it('should report what it removed, so nothing is lost silently', async () => {
    const file = await parseExport('hostile-content.xml')
    expect(file.warnings).toContainEqual({
      line: 6,
      message:
        '"Harmless looking post": removed from the content: onclick attribute on <p>, <script>, ' +
        'onerror attribute on <img>, <iframe> (http://evil.example/frame.html), a javascript: link, ' +
        'onmouseover attribute on <a>, <style>, <object> (http://evil.example/movie.swf), ' +
        'onload attribute on <svg>, <svg>, <form>, an image with no web address',
    })
    expect(messages(await parseExport('hostile-atom.xml'))).toContain(
      '"XHTML markup": removed from the content: onclick attribute on <p>, <script>, <iframe> (https://evil.example/)',
    )
  })
})
