import { describe, expect, it } from 'vitest'

import { createHtmlCleaner } from '../../src/importer/parse/xml/html/clean.js'
import { imageFallbackHtml } from '../../src/importer/parse/xml/html/imageFallback.js'

const clean = createHtmlCleaner()

describe('the HTML cleaner', () => {
  it('should make paragraphs of <br><br> runs and keep single breaks', () => {
    expect(clean('One<br />two<br/><br>\nThree')).toMatchObject({
      html: '<p>One<br>two</p><p>Three</p>',
      text: 'One\ntwo\n\nThree',
    })
  })

  it('should keep formatting balanced across a paragraph break', () => {
    expect(clean('<b>bold <i>both<br><br>still both</i> bold</b> plain').html).toBe(
      '<p><strong>bold <em>both</em></strong></p><p><strong><em>still both</em> bold</strong> plain</p>',
    )
  })

  it('should flatten nested lists into their outer list and number ordered items in the text', () => {
    const result = clean('<ol><li>one<ul><li>one a</li></ul></li><li>two</li></ol><p>After.</p>')
    expect(result.html).toBe('<ol><li>one</li><li>one a</li><li>two</li></ol><p>After.</p>')
    expect(result.text).toBe('1. one\n\n2. one a\n\n3. two\n\nAfter.')
  })

  it('should add paragraphs the way WordPress does when asked', () => {
    expect(clean('First.\n\nSecond\nline.', { autop: true }).html).toBe(
      '<p>First.</p><p>Second<br>line.</p>',
    )
    expect(clean('First.\n\nSecond\nline.').html).toBe('<p>First. Second line.</p>')
  })

  it('should resolve relative links, keep mailto, unwrap fragments and script links', () => {
    const result = clean(
      '<a href="/a">a</a> <a href="mailto:me@example.com">m</a> <a href="#top">t</a> ' +
        '<a href="JaVaScRiPt:alert(1)">j</a> <a href="vbscript:x">v</a>',
      { baseUrl: 'https://blog.example.com/2006/09/post.html' },
    )
    expect(result.html).toBe(
      '<p><a href="https://blog.example.com/a">a</a> <a href="mailto:me@example.com">m</a> t j v</p>',
    )
    expect(result.links).toEqual(['https://blog.example.com/a'])
    expect(result.removed).toEqual(['a javascript: link', 'a vbscript: link'])
  })

  it('should keep the lines of preformatted text and link bare URLs elsewhere', () => {
    expect(clean('<pre>a  b\n  c</pre>').html).toBe('<p><code>a  b<br>  c</code></p>')
    expect(clean('See www.example.com, then http://example.org/x.').links).toEqual([
      'http://www.example.com',
      'http://example.org/x',
    ])
  })

  it('should make an image a block of its own, labelled by its file name in the text without alt text', () => {
    expect(clean('<img src="http://example.com/pics/a%20b.png">')).toMatchObject({
      html: '<img src="http://example.com/pics/a%20b.png" alt="">',
      images: [{ alt: '', url: 'http://example.com/pics/a%20b.png' }],
      text: 'image: a b.png',
    })
  })

  it('should leave out a 1×1 tracking image, saying so, and keep a small real picture', () => {
    const result = clean('<p>News.<img src="http://feeds.example.com/~r/x/1" width="1" height="1" alt=""></p><img src="http://example.com/icon.png" width="16" height="16">')
    expect(result.images.map(({ url }) => url)).toEqual(['http://example.com/icon.png'])
    expect(result.html).not.toContain('feeds.example.com')
    expect(result.removed).toEqual(['a tracking image (http://feeds.example.com/~r/x/1)'])
  })

  it('should leave out FeedBurner share buttons and counters, which are no pictures of the post', () => {
    const flare = '<a href="http://feeds.feedburner.com/~f/Blog?a=1"><img src="http://feeds.feedburner.com/~f/Blog?i=1"></a>'
    const result = clean(
      `<p>Text.</p><div class="feedflare">${flare}</div><img src="http://feeds.feedburner.com/~r/Blog/~4/x" height="1">`,
    )
    expect(result.images).toEqual([])
    expect(result.html).toBe('<p>Text.</p>')
    expect(result.removed).toEqual(['FeedBurner share buttons', 'a tracking image (http://feeds.feedburner.com/~r/Blog/~4/x)'])
  })

  it('should split the paragraph around an image, leaving no empty paragraph or tag', () => {
    const result = clean(
      '<p>Before <b><img src="http://example.com/a.png" alt="A &quot;quoted&quot; alt"></b> after<br>' +
        '<img src="http://example.com/b.png" title="B"></p>',
    )
    expect(result.html).toBe(
      '<p>Before</p><img src="http://example.com/a.png" alt="A &quot;quoted&quot; alt">' +
        '<p>after</p><img src="http://example.com/b.png" alt="B">',
    )
    expect(result.text).toBe('Before\n\nimage: A "quoted" alt\n\nafter\n\nimage: B')
  })

  it('should drop a link around an image when it names another size of the same picture', () => {
    const large = 'http://2.bp.blogspot.com/-a/b/c/d/s1600/x.jpg'
    const small = 'https://2.bp.blogspot.com/-a/b/c/d/s400/x.jpg'
    const result = clean(`<p>See <a href="${large}"><img src="${small}" alt="X"></a> here.</p>`)
    expect(result.html).toBe(`<p>See</p><img src="${small}" alt="X"><p>here.</p>`)
    expect(result.images).toEqual([{ alt: 'X', link: large, url: small }])
    expect(result.links).toEqual([])
  })

  it('should keep a link around an image that goes elsewhere, as a paragraph after the image', () => {
    const result = clean(
      '<p>Look: <a href="https://example.com/post"><img src="https://example.com/x.png" alt="X"></a> ok</p>' +
        '<a href="https://example.com/more"><img src="https://example.com/y.png"> Read more</a>',
    )
    expect(result.html).toBe(
      '<p>Look:</p><img src="https://example.com/x.png" alt="X">' +
        '<p><a href="https://example.com/post">X</a></p><p>ok</p>' +
        '<img src="https://example.com/y.png" alt=""><p><a href="https://example.com/more">Read more</a></p>',
    )
    expect(result.links).toEqual(['https://example.com/post', 'https://example.com/more'])
    expect(result.images.map(({ link }) => link)).toEqual([undefined, undefined])
  })

  it('should give each image the line of the source it is on, when told where the HTML starts', () => {
    const result = clean(
      'First<br>\n<img src="http://e.com/a.png">\n\n<p>x <img src="http://e.com/b.png"></p>',
      {
        line: 40,
      },
    )
    expect(result.images.map(({ line }) => line)).toEqual([41, 43])
    expect(clean('<img src="http://e.com/a.png">').images[0].line).toBeUndefined()
  })

  it('should write an image that could not be had as the link imports always wrote', () => {
    expect(imageFallbackHtml('http://example.com/pics/a%20b.png', '')).toBe(
      '<p><a href="http://example.com/pics/a%20b.png">image: a b.png</a></p>',
    )
    expect(imageFallbackHtml('http://example.com/x.png?a=1&b=2', 'Tom & "Jerry"')).toBe(
      '<p><a href="http://example.com/x.png?a=1&amp;b=2">image: Tom &amp; &quot;Jerry&quot;</a></p>',
    )
  })

  it('should escape text, and never turn escaped markup into tags', () => {
    expect(clean('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')).toMatchObject({
      html: '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
      text: '<script>alert(1)</script> & more',
    })
  })

  it('should write headings and quotes as such', () => {
    expect(clean('<h3>Title</h3><blockquote>Quoted<p>again</p></blockquote>').html).toBe(
      '<h3>Title</h3><blockquote>Quoted</blockquote><blockquote>again</blockquote>',
    )
  })
})
