import type { Payload } from 'payload'

import type { CatalogueProduct } from '../src/importer/types.js'

import { loadCatalogue } from '../src/importer/extract/products.js'

/** The API issue's database beside the posts: 50 products and 200 events. */
export const PRODUCTS = 50
export const EVENTS = 200

/**
 * The real catalogue (the products the generated posts mention), topped up with products no post
 * names, as a catalogue grows with products the blog never wrote about.
 */
export const benchCatalogue = async (): Promise<CatalogueProduct[]> => {
  const real = await loadCatalogue()
  const extra = Array.from({ length: Math.max(0, PRODUCTS - real.length) }, (_, i) => {
    const n = real.length + i + 1
    return {
      aliases: [`Bench Product No. ${n}`],
      category: 'other' as const,
      name: `Bench Product ${n}`,
      slug: `bench-product-${n}`,
      vendor: `Bench Vendor ${n % 7}`,
      website: `https://example.com/products/${n}`,
    }
  })
  return [...real, ...extra].slice(0, PRODUCTS)
}

const CITIES = ['Berlin', 'Seattle', 'Moscow', 'London', 'Austin', 'Singapore', 'Paris', 'Tokyo']

/** A published event, every third one online, two weeks apart back from the capture's dates. */
const eventData = (i: number) => {
  const starts = new Date(Date.UTC(2006, 8, 20, 9) - i * 14 * 86_400_000)
  const online = i % 3 === 0
  return {
    _status: 'published' as const,
    ...(online
      ? { attendanceMode: 'online' as const, onlineUrl: `https://example.com/webinars/${i + 1}` }
      : { attendanceMode: 'offline' as const, location: { city: CITIES[i % 8], venue: 'Hall 1' } }),
    endsAt: new Date(starts.getTime() + 3 * 3_600_000).toISOString(),
    endsAt_tz: 'UTC' as const,
    startsAt: starts.toISOString(),
    startsAt_tz: 'UTC' as const,
    organizer: 'Newsroom Bench',
    slug: `bench-event-${i + 1}`,
    title: `Bench event ${i + 1}`,
  }
}

/** The events, through the Local API: the list's page never shows them, the database has them. */
export const seedEvents = async (payload: Payload): Promise<void> => {
  for (let i = 0; i < EVENTS; i++) {
    await payload.create({ collection: 'events', data: eventData(i), select: { id: true } })
  }
}
