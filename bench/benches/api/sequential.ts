import type { Db } from 'mongodb'

import type { ListCollections } from './driverList.js'
import type { ListBody } from './queries.js'

import { interleaved } from '../../lib/timing.js'
import { driverList } from './driverList.js'
import { getRest, idsOf, postGraphql } from './queries.js'

export interface SequentialSamples {
  /** P1's baseline; null without a MongoDB driver (SQLite). */
  driver: null | number[]
  graphql: number[]
  rest: number[]
  /** Bytes of each answer, for the notes: the three must carry about the same. */
  sizes: { driver: null | number; graphql: number; rest: number }
}

const parse = (what: string, body: string): ListBody => {
  const json = JSON.parse(body) as ListBody
  if (json.errors?.length) {
    throw new Error(`${what}: ${json.errors.map((e) => e.message).join('; ')}`)
  }
  return json
}

/** A figure over different documents would compare nothing: all three must list the same ten. */
const expectSameList = (lists: Record<string, string[]>): void => {
  const [first, ...rest] = Object.values(lists)
  const same = first.length === 10 && rest.every((ids) => ids.join() === first.join())
  if (!same) throw new Error(`the lists differ: ${JSON.stringify(lists)}`)
}

/**
 * P1 and P2 with P1's baseline: `requests` of each (or as many as `budgetMs` allows), one at a
 * time, taking turns (see `interleaved`), after a warm-up that lets the server compile and fill
 * its caches.
 */
export const measureSequential = async (args: {
  budgetMs: number
  driver: { db: Db; names: ListCollections } | null
  requests: number
  url: string
  warmup: number
}): Promise<SequentialSamples> => {
  const { driver, url } = args
  const restBody = await getRest(url)
  const graphqlBody = await postGraphql(url)
  const base = driver && (await driverList(driver.db, driver.names))
  expectSameList({
    graphql: idsOf(parse('GraphQL', graphqlBody)),
    rest: idsOf(parse('REST', restBody)),
    ...(base ? { driver: base.ids } : {}),
  })
  const fns: Record<string, () => Promise<unknown>> = {
    graphql: () => postGraphql(url),
    rest: () => getRest(url),
  }
  if (driver) fns.driver = () => driverList(driver.db, driver.names)
  const samples = await interleaved(fns, {
    budgetMs: args.budgetMs,
    times: args.requests,
    warmup: args.warmup,
  })
  return {
    driver: driver ? samples.driver : null,
    graphql: samples.graphql,
    rest: samples.rest,
    sizes: {
      driver: base ? Buffer.byteLength(base.json) : null,
      graphql: Buffer.byteLength(graphqlBody),
      rest: Buffer.byteLength(restBody),
    },
  }
}
