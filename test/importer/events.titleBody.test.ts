import { describe, expect, it } from 'vitest'

import type { ImportedEvent, ParsedFile } from '../../src/importer/types.js'

import { parseCapture } from './helpers.js'

/** The blog's zone: far from every zone the posts name, so a fallback to it shows. */
const BLOG_ZONE = 'Asia/Tokyo'

const file = await parseCapture('events-title-and-body.txt', BLOG_ZONE)

/** The event with this title; fails loudly instead of returning undefined. */
const eventTitled = (parsed: ParsedFile, title: string): ImportedEvent => {
  const event = parsed.events.find((candidate) => candidate.title === title)
  if (!event) throw new Error(`no event titled "${title}" in ${parsed.path}`)
  return event
}

describe('events: what the title and the body say, merged', () => {
  it('should find one event per post, each named without its date, time or zone', () => {
    expect(file.events.map((event) => event.title)).toEqual([
      'Hiring webinar',
      'Storage summit 2024',
      'Database meetup',
      'ContainerConf conference returns',
      'Release 5.0 webcast',
      'Lunch & learn webinar',
      'Security patching webinar',
      'Kubernetes upgrades without downtime: a webinar',
      'Hands-on workshop: observability with OpenTelemetry',
    ])
  })

  it('should take the date from the title and "from 2 to 3:30 pm CET" from the body', () => {
    expect(eventTitled(file, 'Kubernetes upgrades without downtime: a webinar')).toMatchObject({
      allDay: false,
      endsAt: '2024-03-07T14:30:00.000Z',
      line: 45,
      startsAt: '2024-03-07T13:00:00.000Z',
      timezone: 'Europe/Berlin',
    })
  })

  it('should read a title date without a weekday, and a 24-hour time and "45-minute" below', () => {
    expect(eventTitled(file, 'Release 5.0 webcast')).toMatchObject({
      allDay: false,
      endsAt: '2024-05-21T17:15:00.000Z',
      startsAt: '2024-05-21T16:30:00.000Z',
      timezone: 'UTC',
    })
  })

  it('should apply a zone the title names, "(CET)", to the time the body gives', () => {
    expect(eventTitled(file, 'Security patching webinar')).toMatchObject({
      allDay: false,
      endsAt: '2024-03-12T10:30:00.000Z',
      startsAt: '2024-03-12T09:00:00.000Z',
      timezone: 'Europe/Berlin',
    })
  })

  it('should apply "All times are ET" below to the time in the title, on daylight time', () => {
    expect(eventTitled(file, 'Hiring webinar')).toMatchObject({
      allDay: false,
      endsAt: '2024-10-01T18:15:00.000Z',
      startsAt: '2024-10-01T17:30:00.000Z',
      timezone: 'America/New_York',
    })
  })

  it('should put "noon Eastern Time" from the title on the day the body names', () => {
    expect(eventTitled(file, 'Lunch & learn webinar')).toMatchObject({
      allDay: false,
      endsAt: '2024-04-17T17:00:00.000Z',
      startsAt: '2024-04-17T16:00:00.000Z',
      timezone: 'America/New_York',
    })
  })

  it("should take the end from the body when the title gives the start, in the city's zone", () => {
    expect(eventTitled(file, 'Storage summit 2024')).toMatchObject({
      allDay: false,
      city: 'London',
      endsAt: '2024-09-24T16:30:00.000Z',
      startsAt: '2024-09-24T08:00:00.000Z',
      timezone: 'Europe/London',
    })
  })

  it('should take the last day and the time from a body that repeats the date as a range', () => {
    expect(eventTitled(file, 'ContainerConf conference returns')).toMatchObject({
      allDay: false,
      city: 'Hanover',
      endsAt: '2024-06-12T21:59:59.999Z',
      startsAt: '2024-06-11T06:30:00.000Z',
      timezone: 'Europe/Berlin',
    })
  })

  it('should merge a same-date body that names the wrong weekday, and warn at its line', () => {
    expect(eventTitled(file, 'Database meetup')).toMatchObject({
      allDay: false,
      city: 'Austin',
      endsAt: '2024-08-15T01:00:00.000Z',
      startsAt: '2024-08-15T00:00:00.000Z',
      timezone: 'America/Chicago',
    })
    // The only warning in the file: no other post names a weekday its date does not fall on.
    expect(file.warnings).toEqual([
      {
        line: 17,
        message:
          'event date: the text says Tuesday, but August 14, 2024 is a Wednesday; kept the date',
      },
    ])
  })
})

describe('events: what the body says about another day stays there', () => {
  it('should keep the title day all-day when every time in the body is for another day', () => {
    // The body's times: 5pm on January 22, 9am after "January 22", 15:00 GMT on January 26,
    // and 10:00 on "Friday"; the workshop is on Thursday, January 25.
    expect(eventTitled(file, 'Hands-on workshop: observability with OpenTelemetry')).toMatchObject(
      {
        allDay: true,
        endsAt: '2024-01-25T14:59:59.999Z',
        startsAt: '2024-01-24T15:00:00.000Z',
        timezone: BLOG_ZONE,
      },
    )
  })
})
