import { describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { postTitled } from '../helpers/parsedFiles.js'
import { parseCapture, SEED_DOCUMENT } from './helpers.js'

describe('events', () => {
  it('should find the seed seminar: all-day, free, New York City, one speaker', async () => {
    const file = await parseFile(SEED_DOCUMENT, { timezone: 'UTC' })
    expect(file.events).toHaveLength(1)
    const [event] = file.events
    expect(event).toMatchObject({
      allDay: true,
      audience: 'IT managers',
      city: 'New York City',
      endsAt: '2006-09-26T23:59:59.999Z',
      isFree: true,
      online: false,
      organizer: 'SearchServerVirtualization',
      speakers: [{ affiliation: 'Arvato mobile', name: 'Lukas Loesche' }],
      startsAt: '2006-09-26T00:00:00.000Z',
      timezone: 'UTC',
      title: 'Server Virtualization seminar',
    })
    const announcement = file.posts.find((post) => post.title.startsWith('Server Virtualization'))
    expect(event.announcementSourceKey).toBe(announcement?.sourceKey)
    expect(event.sourceKey).toBe(`${announcement?.sourceKey}#event`)
    expect(event.venue).toBeUndefined()
  })

  it('should place a yearless date on or after the post and read "11am EST" as 16:00Z', async () => {
    const file = await parseCapture('events-webinar.txt')
    const webinar = file.events.find((event) => event.title === 'Free webinar: Containers 101')
    expect(webinar).toMatchObject({
      allDay: false,
      endsAt: '2007-01-09T17:00:00.000Z',
      isFree: true,
      online: true,
      organizer: 'SWsoft',
      audience: 'hosting providers',
      speakers: [{ affiliation: 'OpenVZ', name: 'Kir Kolyshkin', role: 'Project Leader' }],
      startsAt: '2007-01-09T16:00:00.000Z',
      timezone: 'America/New_York',
    })
    expect(webinar?.city).toBeUndefined()
  })

  it('should warn, with the line, when the weekday does not match the date', async () => {
    const file = await parseCapture('events-webinar.txt')
    const meetup = file.events.find((event) => event.city === 'Seattle')
    expect(meetup).toMatchObject({
      allDay: true,
      online: false,
      startsAt: '2007-01-11T00:00:00.000Z',
      title: 'Save the date',
    })
    expect(file.warnings).toEqual([
      {
        line: 13,
        message:
          'event date: the text says Monday, but January 11, 2007 is a Thursday; kept the date',
      },
    ])
  })

  it('should not turn news of a past event into an event', async () => {
    const file = await parseCapture('events-webinar.txt')
    expect(file.events).toHaveLength(2)
    // postTitled throws when the post is missing, which the check below would pass unnoticed.
    const past = postTitled(file, 'Looking back')
    expect(file.events.map((event) => event.announcementSourceKey)).not.toContain(past.sourceKey)
  })

  it('should read a venue, a city, a date range and the audience', async () => {
    const file = await parseCapture('events-venue.txt')
    expect(file.events[0]).toMatchObject({
      allDay: true,
      audience: 'system administrators',
      city: 'San Francisco',
      country: 'United States',
      endsAt: '2006-10-12T23:59:59.999Z',
      isFree: true,
      online: false,
      region: 'California',
      slug: 'virtualization-summit-2006-10-10',
      startsAt: '2006-10-10T00:00:00.000Z',
      title: 'Virtualization Summit',
      venue: 'Moscone Center',
    })
  })

  it("should read a bare time in the city's zone and a speaker with a role", async () => {
    const file = await parseCapture('events-venue.txt')
    expect(file.events[1]).toMatchObject({
      allDay: false,
      city: 'Boston',
      endsAt: '2006-11-02T20:00:00.000Z',
      isFree: false,
      speakers: [{ affiliation: 'SWsoft', name: 'Jane Smith', role: 'Senior Engineer' }],
      startsAt: '2006-11-02T19:00:00.000Z',
      timezone: 'America/New_York',
      title: 'Hands-on OpenVZ workshop',
    })
    expect(file.events[1].venue).toBeUndefined()
  })

  it("should put all-day events in the blog's zone given by --tz", async () => {
    const file = await parseFile(SEED_DOCUMENT, { timezone: 'America/New_York' })
    expect(file.events[0]).toMatchObject({
      allDay: true,
      endsAt: '2006-09-27T03:59:59.999Z',
      startsAt: '2006-09-26T04:00:00.000Z',
      timezone: 'America/New_York',
    })
  })
})

describe('events: a time after the date, and a length in words', () => {
  it('should keep "On Tuesday, January 9 at 11am EST" as a timed event, free, one hour long', async () => {
    const file = await parseCapture('events-time-after-date.txt')
    const webinar = file.events.find((event) => event.title === 'Containers for hosting providers')
    expect(webinar).toMatchObject({
      allDay: false,
      endsAt: '2007-01-09T17:00:00.000Z',
      isFree: true,
      online: true,
      startsAt: '2007-01-09T16:00:00.000Z',
      timezone: 'America/New_York',
    })
  })

  it('should read a time set apart by a dash, and let "a two-hour workshop" set the end', async () => {
    const file = await parseCapture('events-time-after-date.txt')
    expect(file.events.find((event) => event.title.startsWith('Webcast'))).toMatchObject({
      allDay: false,
      endsAt: '2007-01-23T19:00:00.000Z',
      startsAt: '2007-01-23T18:00:00.000Z',
      timezone: 'America/Los_Angeles',
    })
    expect(file.events.find((event) => event.city === 'Boston')).toMatchObject({
      allDay: false,
      endsAt: '2007-01-18T21:00:00.000Z',
      isFree: true,
      startsAt: '2007-01-18T19:00:00.000Z',
    })
  })
})
