import type { VEvent } from 'node-ical'
import type { Payload } from 'payload'

import ical from 'node-ical'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { runImport } from '../../src/importer/run.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { expectConditionalGets, fetchText } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

const SITE = 'https://news.example.com'

let payload: Payload
let client: Client
let editor: TestUser

const calendar = async (path = '/api/events.ics') => {
  const { body, res } = await fetchText(client, path)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  const events = Object.values(ical.sync.parseICS(body)).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  )
  return { body, events }
}

// node-ical gives a property with parameters (`URL;VALUE=URI:…`) as `{ params, val }`.
const textOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'val' in value ? String(value.val) : String(value)

const bySummary = (events: VEvent[], summary: string) => events.find((e) => e.summary === summary)

const createEvent = async (data: Record<string, unknown>) =>
  payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      attendanceMode: 'offline',
      location: { city: 'Boston' },
      ...data,
    },
  })

describe('events calendar', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-calendar', { plugin: { siteURL: SITE } })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
    const { errors } = await runImport({
      paths: [path.join(process.cwd(), 'seed', 'documents')],
      ...importTarget(payload),
    })
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it("should give the seed's seminar as an all-day event on 2006-09-26 in New York City", async () => {
    const { body, events } = await calendar()
    const seminar = bySummary(events, 'Server Virtualization seminar')
    expect(seminar).toBeDefined()
    expect(seminar!.datetype).toBe('date')
    expect(seminar!.start.dateOnly).toBe(true)
    expect(seminar!.start.toISOString().slice(0, 10)).toBe('2006-09-26')
    expect(seminar!.end?.toISOString().slice(0, 10)).toBe('2006-09-27')
    expect(body).toContain('DTSTART;VALUE=DATE:20060926\r\n')
    expect(body).toContain('DTEND;VALUE=DATE:20060927\r\n')
    expect(textOf(seminar!.location)).toContain('New York City')
    expect(seminar!.status).toBe('CONFIRMED')
    const { docs } = await payload.find({
      collection: 'events',
      where: { title: { equals: 'Server Virtualization seminar' } },
    })
    expect(textOf(seminar!.url)).toBe(`${SITE}/events/${docs[0]?.slug}`)
    expect(seminar!.uid).toBe(`event-${docs[0]?.id}@news.example.com`)
    // DTSTAMP is the last revision (whole seconds), which keeps an unchanged calendar byte-identical.
    expect(seminar!.dtstamp.toISOString()).toBe(`${docs[0]?.updatedAt.slice(0, 19)}.000Z`)
  })

  it('should give a timed event its TZID, and the calendar a VTIMEZONE for that zone', async () => {
    const doc = await createEvent({
      endsAt: '2006-11-15T16:00:00.000Z',
      endsAt_tz: 'America/New_York',
      startsAt: '2006-11-15T14:00:00.000Z',
      startsAt_tz: 'America/New_York',
      title: 'Timed in New York',
    })
    const { body, events } = await calendar()
    expect(body).toContain('DTSTART;TZID=America/New_York:20061115T090000\r\n')
    expect(body).toContain('DTEND;TZID=America/New_York:20061115T110000\r\n')
    expect(body).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/)
    // The 2006 rules (DST until the last Sunday of October), not today's.
    expect(body).toContain('DTSTART:20061029T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500')
    const timed = bySummary(events, 'Timed in New York')
    expect(timed?.start.toISOString()).toBe('2006-11-15T14:00:00.000Z')
    expect(timed?.end?.toISOString()).toBe('2006-11-15T16:00:00.000Z')
    expect(timed?.start.tz).toBe('America/New_York')
    expect(timed?.datetype).toBe('date-time')
    expect(timed?.uid).toBe(`event-${doc.id}@news.example.com`)
  })

  it('should map each event status to STATUS', async () => {
    const expected = {
      cancelled: 'CANCELLED',
      movedOnline: 'CONFIRMED',
      postponed: 'TENTATIVE',
      rescheduled: 'TENTATIVE',
      scheduled: 'CONFIRMED',
    }
    for (const status of Object.keys(expected)) {
      await createEvent({
        startsAt: '2007-02-01T15:00:00.000Z',
        startsAt_tz: 'UTC',
        status,
        title: `Status ${status}`,
      })
    }
    const { body, events } = await calendar()
    for (const [status, ics] of Object.entries(expected)) {
      expect(bySummary(events, `Status ${status}`)?.status).toBe(ics)
    }
    // UTC needs no zone definition: the time is written with a Z.
    expect(body).toContain('DTSTART:20070201T150000Z\r\n')
    expect(body).not.toContain('TZID:UTC')
  })

  it('should keep the UID and raise SEQUENCE when an event is edited and moved', async () => {
    const doc = await createEvent({
      startsAt: '2007-03-01T15:00:00.000Z',
      startsAt_tz: 'Europe/Berlin',
      title: 'Before the edit',
    })
    const before = bySummary((await calendar()).events, 'Before the edit')!
    const res = await client.request('PATCH', `/api/events/${doc.id}`, {
      body: { calendarSequence: 0, startsAt: '2007-03-08T15:00:00.000Z', title: 'After the edit' },
      headers: editor.headers,
    })
    expect(res.status).toBe(200)
    const { events } = await calendar()
    const after = bySummary(events, 'After the edit')!
    expect(bySummary(events, 'Before the edit')).toBeUndefined()
    expect(after.uid).toBe(before.uid)
    expect(after.start.toISOString()).toBe('2007-03-08T15:00:00.000Z')
    expect(after.sequence).toBeGreaterThan(before.sequence ?? 0)
    await payload.update({ collection: 'events', data: { title: 'Edited again' }, id: doc.id })
    const again = bySummary((await calendar()).events, 'Edited again')!
    expect(again.sequence).toBeGreaterThan(after.sequence ?? 0)
  })

  it('should never show a draft event, in the calendar or by id', async () => {
    const draft = await payload.create({
      collection: 'events',
      data: {
        _status: 'draft',
        location: { city: 'Paris' },
        startsAt: '2007-04-01T10:00:00.000Z',
        title: 'Secret event',
      },
      draft: true,
    })
    const { body } = await calendar()
    expect(body).not.toContain('Secret event')
    const editorCalendar = await fetchText(client, '/api/events.ics', editor.headers)
    expect(editorCalendar.body).toContain('Server Virtualization seminar')
    expect(editorCalendar.body).not.toContain('Secret event')
    expect((await client.request('GET', `/api/events/${draft.id}/ics`)).status).toBe(404)
    const asEditor = await client.request('GET', `/api/events/${draft.id}/ics`, {
      headers: editor.headers,
    })
    expect(asEditor.status).toBe(404)
  })

  it('should serve one published event by id, and 404 for an id that does not exist', async () => {
    const doc = await createEvent({
      startsAt: '2007-05-01T10:00:00.000Z',
      startsAt_tz: 'UTC',
      title: 'Just this one',
    })
    const { events } = await calendar(`/api/events/${doc.id}/ics`)
    expect(events.map((e) => e.summary)).toEqual(['Just this one'])
    expect(events[0]?.uid).toBe(`event-${doc.id}@news.example.com`)
    const missing = typeof doc.id === 'number' ? 999_999 : '5f0000000000000000000000'
    expect((await client.request('GET', `/api/events/${missing}/ics`)).status).toBe(404)
    expect((await client.request('GET', '/api/events/not-an-id/ics')).status).toBe(404)
  })

  it('should answer conditional requests with 304, for the calendar and for one event', async () => {
    const doc = await createEvent({
      startsAt: '2007-06-01T10:00:00.000Z',
      startsAt_tz: 'UTC',
      title: 'Cached',
    })
    await expectConditionalGets(client, '/api/events.ics')
    await expectConditionalGets(client, `/api/events/${doc.id}/ics`)
  })
})
