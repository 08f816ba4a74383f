import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'

let payload: Payload
let client: Client
let editor: TestUser

const createEvent = (body: Record<string, unknown>) =>
  client.request('POST', '/api/events', {
    body: { _status: 'published', startsAt: '2006-09-26T13:00:00.000Z', startsAt_tz: 'America/New_York', title: 'Seminar', ...body },
    headers: editor.headers,
  })

const messages = async (res: Response): Promise<string[]> => {
  const body = (await res.json()) as { errors?: { data?: { errors?: { message: string; path: string }[] } }[] }
  return (body.errors ?? []).flatMap((e) => (e.data?.errors ?? []).map((x) => `${x.path}: ${x.message}`))
}

describe('events', () => {
  beforeAll(async () => {
    const booted = await bootPayload('collections-events')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should store an in-person event with its time zone', async () => {
    const res = await createEvent({ location: { city: 'New York City' }, speakers: [{ affiliation: 'Arvato mobile', name: 'Lukas Loesche' }] })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: string } }
    const stored = await payload.findByID({ collection: 'events', id: doc.id })
    expect(stored.startsAt_tz).toBe('America/New_York')
    expect(stored.location?.city).toBe('New York City')
    expect(stored.speakers?.[0]?.name).toBe('Lukas Loesche')
    expect(stored.status).toBe('scheduled')
  })

  it('should refuse an end before the start', async () => {
    const res = await createEvent({ endsAt: '2006-09-26T12:00:00.000Z', location: { city: 'Boston' } })
    expect(res.status).toBe(400)
    expect(await messages(res)).toContain('endsAt: The end must be on or after the start.')
  })

  it('should refuse an online event without a URL', async () => {
    const res = await createEvent({ attendanceMode: 'online' })
    expect(res.status).toBe(400)
    expect(await messages(res)).toContain('onlineUrl: An online or mixed event needs an online URL.')
    const ok = await createEvent({ attendanceMode: 'online', onlineUrl: 'https://example.com/w', slug: 'webinar' })
    expect(ok.status).toBe(201)
  })

  it('should refuse an in-person event with neither city nor venue', async () => {
    const res = await createEvent({ attendanceMode: 'offline' })
    expect(res.status).toBe(400)
    expect(await messages(res)).toContain('location.city: An in-person event needs a city or a venue.')
    const venueOnly = await createEvent({ location: { venue: 'Javits Center' }, slug: 'venue-only' })
    expect(venueOnly.status).toBe(201)
  })

  it('should link an event to the post that announced it', async () => {
    const post = await payload.create({ collection: 'posts', data: { _status: 'published', title: 'Seminar announced' } })
    const res = await createEvent({ announcement: post.id, location: { city: 'NYC' }, slug: 'announced' })
    const { doc } = (await res.json()) as { doc: { id: string } }
    const event = await payload.findByID({ collection: 'events', depth: 1, id: doc.id })
    expect((event.announcement as { title: string }).title).toBe('Seminar announced')
  })
})
