import type { Payload } from 'payload'

import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { CatalogueProduct } from '../../../src/importer/types.js'

import { newsroomSlugs } from '../../../src/importer/collections.js'
import { loadCatalogue } from '../../../src/importer/extract/products.js'
import { runImport } from '../../../src/importer/run.js'
import { generateCapture } from '../../../test/helpers/generateCapture.js'

/** The API issue's database: 5,000 posts, 50 products, 200 events. */
export interface DatasetSize {
  events: number
  posts: number
  products: number
}

export const API_DATASET: DatasetSize = { events: 200, posts: 5000, products: 50 }

/**
 * The real catalogue (16 products, the ones the generated posts mention), topped up with
 * products no post names, as a catalogue grows with products the blog never wrote about.
 */
const benchCatalogue = async (count: number): Promise<CatalogueProduct[]> => {
  const real = await loadCatalogue()
  const extra = Array.from({ length: Math.max(0, count - real.length) }, (_, i) => {
    const n = real.length + i + 1
    return {
      aliases: [`Bench Product No. ${n}`],
      category: 'other' as const,
      description: `A catalogue entry no post mentions (${n}).`,
      name: `Bench Product ${n}`,
      slug: `bench-product-${n}`,
      vendor: `Bench Vendor ${n % 7}`,
      website: `https://example.com/products/${n}`,
    }
  })
  return [...real, ...extra].slice(0, count)
}

const CITIES = ['Berlin', 'Seattle', 'Moscow', 'London', 'Austin', 'Singapore', 'Paris', 'Tokyo']

/** A published event, every third one online; two weeks apart, back from the capture's dates. */
const eventData = (i: number) => {
  const startsAt = new Date(Date.UTC(2006, 8, 20, 9) - i * 14 * 86_400_000)
  const online = i % 3 === 0
  return {
    _status: 'published' as const,
    attendanceMode: online ? 'online' : 'offline',
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    endsAt_tz: 'UTC',
    location: online ? {} : { city: CITIES[i % CITIES.length], venue: `Hall ${(i % 5) + 1}` },
    onlineUrl: online ? `https://example.com/webinars/${i + 1}` : undefined,
    organizer: 'Newsroom Bench',
    slug: `bench-event-${i + 1}`,
    startsAt: startsAt.toISOString(),
    startsAt_tz: 'UTC',
    title: `Bench event ${i + 1}`,
  }
}

/** Runs `fn` over `items`, `width` at a time: the database is the bottleneck, not Node. */
const eachLimited = async <T>(items: T[], width: number, fn: (item: T) => Promise<unknown>) => {
  const queue = [...items]
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item)
  }
  await Promise.all(Array.from({ length: width }, worker))
}

/**
 * Fills an empty database the way a real install gets its content: posts and products through
 * the importer (`npm run seed`) from a generated capture, events through the Local API.
 */
export const seedDataset = async (args: {
  log: (msg: string) => void
  payload: Payload
  size: DatasetSize
  tmpDir: string
}): Promise<void> => {
  const { log, payload, size, tmpDir } = args
  const capture = path.join(tmpDir, 'api-capture.txt')
  writeFileSync(capture, generateCapture(size.posts))
  const catalogue = await benchCatalogue(size.products)
  const started = Date.now()
  const { errors } = await runImport({ catalogue, paths: [capture], payload })
  if (errors.length) throw new Error(`seed import failed: ${errors.map((e) => e.message).join('; ')}`)
  log(`seeded ${size.posts} posts, ${size.products} products in ${Date.now() - started} ms`)
  const { events } = newsroomSlugs(payload)
  const eventIndexes = Array.from({ length: size.events }, (_, i) => i)
  await eachLimited(eventIndexes, 4, (i) =>
    payload.create({ collection: events, data: eventData(i), depth: 0, select: { id: true } }),
  )
  log(`seeded ${size.events} events in ${Date.now() - started} ms (total)`)
}
