import { describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { parseCapture, SEED_DOCUMENT } from './helpers.js'

const ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']

describe('page capture: dates', () => {
  it('should read every date header form', async () => {
    const file = await parseCapture('date-forms.txt')
    expect(file.posts.map((post) => [post.title, post.publishedAt])).toEqual([
      ['Long-form header', '2006-09-22T12:00:00.000Z'],
      ['Zero-padded day', '2006-09-06T12:00:00.000Z'],
      ['Abbreviated month', '2006-08-15T12:00:00.000Z'],
      ['Wrong weekday', '2006-08-03T12:00:00.000Z'],
    ])
    expect(file.posts[2].legacyPath).toBe('/2006/08/abbreviated-month.html')
  })

  it('should warn, with the line, when a header names the wrong weekday', async () => {
    const file = await parseCapture('date-forms.txt')
    expect(file.warnings).toEqual([
      { line: 19, message: 'date header "Monday, August 3, 2006" names the wrong weekday' },
    ])
  })

  it('should keep "Posted by" times in the blog zone when they keep the UTC date', async () => {
    const file = await parseCapture('blogger-classic.txt', 'America/Los_Angeles')
    expect(file.posts.map((post) => post.publishedAt)).toEqual([
      '2006-10-16T23:14:00.000Z',
      '2006-10-16T16:05:00.000Z',
      '2006-10-13T18:30:00.000Z',
    ])
  })

  it('should choose a time, and warn, when the posted time leaves the UTC date', async () => {
    const utc = await parseCapture('late-posts.txt')
    expect(utc.posts.map((post) => post.publishedAt)).toEqual([
      '2006-12-01T23:30:00.000Z',
      '2006-12-01T06:15:00.000Z',
    ])
    const newYork = await parseCapture('late-posts.txt', 'America/New_York')
    const [late, early] = newYork.posts.map((post) => post.publishedAt)
    expect(early).toBe('2006-12-01T11:15:00.000Z')
    expect(late.slice(0, 10)).toBe('2006-12-01')
    expect(late > early).toBe(true)
    expect(newYork.warnings).toEqual([
      {
        line: 7,
        message: 'posted time 11:30 PM moves it to another UTC date; a time was chosen instead',
      },
    ])
  })

  it('should synthesize evenly spaced times, newest first, for same-day posts', async () => {
    const file = await parseFile(SEED_DOCUMENT, { timezone: 'UTC' })
    expect(file.posts.map((post) => post.publishedAt)).toEqual([
      '2006-09-22T19:12:00.000Z',
      '2006-09-22T14:24:00.000Z',
      '2006-09-22T09:36:00.000Z',
      '2006-09-22T04:48:00.000Z',
      '2006-09-12T12:00:00.000Z',
      '2006-09-07T12:00:00.000Z',
    ])
  })

  it('should keep the header date as the UTC date and the order in every zone', async () => {
    for (const timezone of ZONES) {
      for (const name of ['late-posts.txt', 'titleless.txt', 'blogger-classic.txt']) {
        const file = await parseCapture(name, timezone)
        file.posts.forEach((post, index) => {
          const headerDate = post.sourceKey.split(':')[1]
          expect({ name, timezone, date: post.publishedAt.slice(0, 10) }).toEqual({
            date: headerDate,
            name,
            timezone,
          })
          const next = file.posts[index + 1]
          if (next) expect(post.publishedAt > next.publishedAt).toBe(true)
        })
      }
    }
  })

  it('should refuse an unknown time zone and name the file', async () => {
    await expect(parseCapture('late-posts.txt', 'Mars/Olympus_Mons')).rejects.toThrow(
      /late-posts\.txt: unknown time zone "Mars\/Olympus_Mons"/,
    )
  })
})
