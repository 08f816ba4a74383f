import { describe, expect, it } from 'vitest'

import { createHtmlCleaner } from '../../src/importer/parse/xml/html/clean.js'

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

  it('should keep an image as a link to its original URL, even without alt text', () => {
    expect(clean('<img src="http://example.com/pics/a%20b.png">')).toMatchObject({
      html: '<p><a href="http://example.com/pics/a%20b.png">image: a b.png</a></p>',
      images: [{ alt: '', url: 'http://example.com/pics/a%20b.png' }],
      text: 'image: a b.png',
    })
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
