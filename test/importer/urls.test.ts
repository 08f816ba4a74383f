import { describe, expect, it } from 'vitest'

import { findUrls } from '../../src/importer/text/html.js'

const urlsIn = (text: string) => findUrls(text).map((match) => match.href)

describe('bare URLs in text', () => {
  it('should leave the punctuation that ends a sentence out of the link', () => {
    expect(urlsIn('See http://example.com/a. Then http://example.com/b?!')).toEqual([
      'http://example.com/a',
      'http://example.com/b',
    ])
    expect(urlsIn('Quoted "http://example.com/q", and www.example.com/w;')).toEqual([
      'http://example.com/q',
      'http://www.example.com/w',
    ])
  })

  it('should keep balanced parentheses and drop the one that closes the sentence', () => {
    expect(urlsIn('(see http://en.wikipedia.org/wiki/Xen_(software)).')).toEqual([
      'http://en.wikipedia.org/wiki/Xen_(software)',
    ])
    expect(urlsIn('(at http://example.com/page).')).toEqual(['http://example.com/page'])
  })

  it('should keep dots inside a URL and drop only the trailing ones', () => {
    expect(urlsIn(`Odd http://exa${'.'.repeat(50)}mple.com/1... indeed`)).toEqual([
      `http://exa${'.'.repeat(50)}mple.com/1`,
    ])
  })
})
