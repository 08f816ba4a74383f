import { describe, expect, it } from 'vitest'

import { mediaKey, sameFile, variantSize } from '../../src/importer/parse/xml/html/imageVariants.js'

const BP = 'https://1.bp.blogspot.com/-AbC/XyZ/AAAAAAAAB1c/Qwerty1'
const IMG_B = 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiPanel7'
const IMG_A = 'https://blogger.googleusercontent.com/img/a/AVvXsEjDiagram9'

describe("Blogger's image size variants", () => {
  it('should give every size of one Blogger picture one key, whatever the size segment', () => {
    const sizes = ['s400', 's1600', 's1600-h', 'w640-h480', 's72-c', 's0', 'd', 's1600-rw']
    const keys = sizes.map((size) => mediaKey(`${BP}/${size}/rack.jpg`))
    expect(new Set(keys)).toEqual(
      new Set([`https://bp.blogspot.com/-AbC/XyZ/AAAAAAAAB1c/Qwerty1/rack.jpg`]),
    )
    // The original, with no size at all, and a size written as a suffix are the same file.
    expect(mediaKey(`${BP}/rack.jpg`)).toBe(keys[0])
    expect(mediaKey(`${BP}/rack.jpg=s72-c`)).toBe(keys[0])
  })

  it('should take the suffix forms of blogger.googleusercontent.com and lh3–6 away', () => {
    for (const suffix of ['=s72-c', '=w400-h300', '=s0', '=s1600', '=w640-h480-p-k-no-nu', '']) {
      expect(mediaKey(`${IMG_A}${suffix}`)).toBe(IMG_A)
    }
    expect(mediaKey(`${IMG_B}/s72-w640-c-h480/panel.jpg`)).toBe(`${IMG_B}/panel.jpg`)
    expect(mediaKey('https://lh5.googleusercontent.com/abcDEF=w400-h300')).toBe(
      mediaKey('https://lh3.googleusercontent.com/abcDEF=s1600'),
    )
  })

  it('should count http and https, and every numbered server, as one file', () => {
    expect(
      sameFile(
        `http://4.bp.blogspot.com/-a/b/c/d/s1600/x.jpg`,
        `https://2.bp.blogspot.com/-a/b/c/d/s320/x.jpg`,
      ),
    ).toBe(true)
    expect(sameFile(`${BP}/s400/rack.jpg`, `${BP}/s400/other.jpg`)).toBe(false)
  })

  it('should leave other hosts alone: the URL is the key, less its fragment', () => {
    const url = 'https://cdn.example.com/max/938/photo.jpeg?v=2'
    expect(mediaKey(`${url}#top`)).toBe(url)
    // Only Blogger's hosts have size segments; elsewhere /s400/ is a folder like any other.
    expect(
      sameFile(
        'https://images.example.com/a/s400/x.jpg',
        'https://images.example.com/a/s1600/x.jpg',
      ),
    ).toBe(false)
    expect(mediaKey('http://example.com/x.jpg')).not.toBe(mediaKey('https://example.com/x.jpg'))
    expect(mediaKey('not a url')).toBe('not a url')
  })

  it('should rank sizes: the original largest, then by size or width, the HTML page last', () => {
    const ranked = [
      `${BP}/s72-c/rack.jpg`,
      `${BP}/s400/rack.jpg`,
      `${BP}/w640-h480/rack.jpg`,
      `${BP}/s1600/rack.jpg`,
    ].map(variantSize)
    expect(ranked).toEqual([72, 400, 640, 1600])
    for (const original of [
      `${BP}/rack.jpg`,
      `${BP}/s0/rack.jpg`,
      `${BP}/s1600-d/rack.jpg`,
      `${IMG_A}=s0`,
      IMG_A,
    ]) {
      expect(variantSize(original), original).toBe(Number.POSITIVE_INFINITY)
    }
    // `-h` is Blogger's page around the picture: any real size of it is better.
    expect(variantSize(`${BP}/s1600-h/rack.jpg`)).toBeLessThan(variantSize(`${BP}/s72-c/rack.jpg`))
    expect(variantSize(`${IMG_A}=w400-h300`)).toBe(400)
    expect(variantSize('https://cdn.example.com/max/333/photo.jpg')).toBe(Number.POSITIVE_INFINITY)
  })
})
