import { describe, expect, it } from 'vitest'

import type { ImportFormat } from '../../src/importer/types.js'

import { detectFormat, formats, parseText } from '../../src/importer/parse/index.js'
import { ImportError } from '../../src/importer/types.js'

const options = { documentId: 'doc', path: 'notes.txt', timezone: 'UTC' }

describe('format registry', () => {
  it('should detect a page capture from its date headers', () => {
    expect(detectFormat('Blog\n\nFriday, September 22, 2006\n\nTitle\n\nBody.')?.name).toBe(
      'page-capture',
    )
  })

  it('should leave feeds and exports to other formats', () => {
    expect(
      detectFormat('<?xml version="1.0"?>\n<rss>\n<pubDate>Aug 15, 2006</pubDate>\n'),
    ).toBeUndefined()
    expect(
      detectFormat('<feed xmlns="http://www.w3.org/2005/Atom">\nAug 15, 2006\n'),
    ).toBeUndefined()
  })

  it('should reject an unknown format and list the supported ones', () => {
    const parse = () => parseText('just some notes\nwithout any dates\n', options)
    expect(parse).toThrow(ImportError)
    expect(parse).toThrow('notes.txt:1: unknown format; supported formats: page-capture')
  })

  it('should use a format added to the registry', () => {
    const fake: ImportFormat = {
      detect: (text) => text.startsWith('FAKE'),
      name: 'fake',
      parse: () => ({ posts: [], warnings: [{ line: 1, message: 'fake' }] }),
    }
    formats.unshift(fake)
    try {
      expect(parseText('FAKE\nAug 15, 2006', options)).toMatchObject({ format: 'fake', posts: [] })
      expect(() => parseText('nothing', options)).toThrow('supported formats: fake, page-capture')
    } finally {
      formats.splice(formats.indexOf(fake), 1)
    }
  })
})
