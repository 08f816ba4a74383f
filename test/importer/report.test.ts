import { describe, expect, it } from 'vitest'

import type { ImportAction } from '../../src/importer/report.js'

import { loadCatalogue } from '../../src/importer/extract/products.js'
import { parseFile } from '../../src/importer/parseFile.js'
import { buildReport, formatReport } from '../../src/importer/report.js'
import { parseCapture, SEED_DOCUMENT } from './helpers.js'

const catalogue = await loadCatalogue()

describe('buildReport', () => {
  it('should produce the --json shape with null actions for a dry run', async () => {
    const file = await parseFile(SEED_DOCUMENT)
    const report = buildReport([file], { catalogue })
    expect(Object.keys(report).sort()).toEqual(['events', 'files', 'media', 'posts', 'products'])
    // A dry run fetches no file: the media counts are null.
    expect(report.media).toBeNull()
    expect(report.files).toEqual([
      { events: 1, format: 'page-capture', path: SEED_DOCUMENT, posts: 6, warnings: [] },
    ])
    expect(Object.keys(report.posts[0]).sort()).toEqual(
      [
        'action',
        'categories',
        'links',
        'products',
        'publishedAt',
        'slug',
        'sourceKey',
        'status',
        'text',
        'title',
        'titleDerived',
      ].sort(),
    )
    expect(report.posts.every((post) => post.action === null)).toBe(true)
    expect(report.posts[3].products).toEqual(['mandriva-corporate-server-4-0', 'openvz'])
    expect(report.events).toEqual([
      {
        allDay: true,
        announcementSourceKey: file.posts[2].sourceKey,
        city: 'New York City',
        endsAt: '2006-09-26T23:59:59.999Z',
        isFree: true,
        online: false,
        speakers: [{ affiliation: 'Arvato mobile', name: 'Lukas Loesche' }],
        startsAt: '2006-09-26T00:00:00.000Z',
        timezone: 'UTC',
        title: 'Server Virtualization seminar',
        venue: null,
      },
    ])
    expect(report.products.find((product) => product.slug === 'virtuozzo')).toEqual({
      mentions: 4,
      name: 'Virtuozzo',
      slug: 'virtuozzo',
    })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('should report the actions it is given, by sourceKey', async () => {
    const file = await parseCapture('late-posts.txt')
    const actions = new Map<string, ImportAction>([[file.posts[0].sourceKey, 'kept-edited']])
    const report = buildReport([file], { actions, catalogue })
    expect(report.posts.map((post) => post.action)).toEqual(['kept-edited', null])
    const record = { [file.posts[1].sourceKey]: 'create' as const }
    expect(buildReport([file], { actions: record, catalogue }).posts[1].action).toBe('create')
  })
})

describe('formatReport', () => {
  it('should summarise each file with its warnings and their lines', async () => {
    const files = [
      await parseCapture('header-without-post.txt'),
      await parseCapture('mentions.txt'),
    ]
    const text = formatReport(buildReport(files, { catalogue }))
    const lines = text.split('\n')
    expect(lines[0]).toMatch(
      /header-without-post\.txt \(page-capture\): 1 post, 0 events, 2 warnings$/,
    )
    expect(lines[1]).toBe('  line 1: date header 2006-09-30 has no post; skipped')
    expect(lines[2]).toBe('  line 9: date header 2006-09-27 has no post; skipped')
    expect(text).toContain('Posts: 2 (dry run)')
    expect(text).toMatch(/Products: .*openvz \(1\)/)
  })

  it('should count actions and list events', async () => {
    const file = await parseFile(SEED_DOCUMENT)
    const actions = Object.fromEntries(
      file.posts.map((post, index) => [post.sourceKey, index < 2 ? 'update' : 'unchanged']),
    ) as Record<string, ImportAction>
    const text = formatReport(buildReport([file], { actions, catalogue }))
    expect(text).toContain('Posts: 6 (2 update, 4 unchanged)')
    expect(text).toContain('Event: Server Virtualization seminar, 2006-09-26, New York City')
  })
})
