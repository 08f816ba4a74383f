import { describe, expect, it } from 'vitest'

import type { ParsedFile } from '../../src/importer/types.js'

import { parseFile } from '../../src/importer/parseFile.js'
import { postTitled } from '../helpers/parsedFiles.js'
import { chromeIn, SEED_DOCUMENT } from './helpers.js'

const file: ParsedFile = await parseFile(SEED_DOCUMENT, { timezone: 'UTC' })

const productsOf = (title: string): string[] =>
  postTitled(file, title).mentions.map((mention) => mention.product)

describe('the seed capture', () => {
  it('should give exactly the six posts, newest first, with their dates', () => {
    expect(file.format).toBe('page-capture')
    expect(file.documentId).toBe('000_03b0ce3ead1b3959')
    expect(file.posts.map((post) => [post.title, post.publishedAt.slice(0, 10)])).toEqual([
      ['Is paravirtualization a viable approach?', '2006-09-22'],
      ['Gartner wants Virtual OS After Vista', '2006-09-22'],
      ['Server Virtualization seminar – Tuesday, September 26 in New York City', '2006-09-22'],
      ['Mandriva Corporate Server 4.0 includes OpenVZ', '2006-09-22'],
      ['Reinventing the wheel', '2006-09-12'],
      ['Re-distributing OS with trial software', '2006-09-07'],
    ])
    expect(file.posts.every((post) => !post.titleDerived)).toBe(true)
    expect(file.warnings).toEqual([])
  })

  it('should keep every chrome line out of every post', () => {
    for (const post of file.posts) expect(chromeIn(post)).toEqual([])
    expect(file.posts.at(-1)?.text.endsWith('easy for customers to evaluate applications?')).toBe(
      true,
    )
  })

  it('should keep "What do you think?" at the end of the first post', () => {
    const post = file.posts[0]
    expect(post.text.split('\n\n')).toHaveLength(6)
    expect(post.text.endsWith('“OS sprawl”?\n\nWhat do you think?')).toBe(true)
  })

  it('should give "Reinventing the wheel" its paragraphs and a three-item list', () => {
    const post = postTitled(file, 'Reinventing the wheel')
    expect(post.html.match(/<p>/g)).toHaveLength(4)
    expect(post.html.match(/<ul>/g)).toHaveLength(1)
    const items = post.html.match(/<li>(.*?)<\/li>/g) ?? []
    expect(items).toHaveLength(3)
    expect(items[0]).toMatch(/^<li>It took OS vendors years and years/)
    expect(items[2]).toMatch(/^<li>When an OS gets more optimizations/)
    expect(post.html).toContain('few other issues:</p><ul><li>')
    expect(post.text.split('\n\n')[3]).toMatch(/^• It took OS vendors/)
    expect(post.legacyPath).toBe('/2006/09/reinventing-the-wheel.html')
  })

  it('should find the seminar event', () => {
    expect(file.events).toHaveLength(1)
    expect(file.events[0]).toMatchObject({
      allDay: true,
      city: 'New York City',
      isFree: true,
      speakers: [{ affiliation: 'Arvato mobile', name: 'Lukas Loesche' }],
      startsAt: '2006-09-26T00:00:00.000Z',
    })
  })

  it('should find the mentions the issue names', () => {
    expect(productsOf('Mandriva Corporate Server 4.0 includes OpenVZ')).toEqual(
      expect.arrayContaining(['mandriva-corporate-server-4-0', 'openvz']),
    )
    expect(productsOf('Is paravirtualization a viable approach?')).toEqual(
      expect.arrayContaining(['xen', 'vmware', 'virtual-iron']),
    )
    expect(productsOf('Re-distributing OS with trial software')).toContain('windows-server-2003')
    expect(productsOf('Gartner wants Virtual OS After Vista')).toEqual(
      expect.arrayContaining(['windows-vista', 'softricity-softgrid', 'virtuozzo']),
    )
  })

  it('should link the URL in the last post', () => {
    expect(file.posts[5].links).toEqual([
      'http://www.virtualization.info/2006/08/microsoft-allows-free-redistribution.html',
    ])
  })
})
