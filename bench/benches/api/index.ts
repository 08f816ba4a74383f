import type { Payload } from 'payload'

import { fileURLToPath } from 'node:url'

import type { Bench } from '../../lib/bench.js'
import type { BenchDatabase } from '../../lib/database.js'
import type { ListCollections } from './driverList.js'

import { newsroomSlugs } from '../../../src/importer/collections.js'
import { openBenchDatabase } from '../../lib/database.js'
import { connectDriver } from '../../lib/driver.js'
import { describeMachine } from '../../lib/machine.js'
import { buildApp, productionEnv, startApp } from '../../lib/nextServer.js'
import { bootBenchPayload } from '../../lib/payload.js'
import { describeRevision } from '../../lib/revision.js'
import { API_DATASET, seedDataset } from './dataset.js'
import { apiFigures, apiNotes } from './figures.js'
import { measureLoad, withBareServer } from './load.js'
import { getRest, idsOf, REST_PATH } from './queries.js'
import { measureSequential } from './sequential.js'

const RESULTS = fileURLToPath(new URL('../../results/', import.meta.url))
const WARMUP = 20

/** The collection mongoose stores a slug in (it may pluralise): what the driver must read. */
const collectionName = (payload: Payload, slug: string): string =>
  payload.db.collections?.[slug]?.collection.collectionName ?? slug

/** Fills the database through Payload in this process, then lets the server have it alone. */
const seed = async (
  database: BenchDatabase,
  posts: number,
  log: (msg: string) => void,
): Promise<ListCollections | null> => {
  const payload = await bootBenchPayload()
  try {
    const slugs = newsroomSlugs(payload)
    const { totalDocs } = await payload.count({ collection: slugs.posts })
    if (totalDocs) throw new Error(`the API bench needs an empty database; it has ${totalDocs} posts`)
    await seedDataset({ log, payload, size: { ...API_DATASET, posts }, tmpDir: database.tmpDir })
    if (payload.db.name !== 'mongoose') return null
    return {
      posts: collectionName(payload, slugs.posts),
      products: collectionName(payload, slugs.products),
    }
  } finally {
    await payload.destroy()
  }
}

/** Ready once the list answers with a full page: the server is up and the data is there. */
const answersList = async (url: string): Promise<boolean> =>
  idsOf(JSON.parse(await getRest(url))).length === 10

/**
 * The API issue's figures on a database of 5,000 posts, 50 products and 200 events, against the
 * production server (`next build` + `next start` of the dev host) over real HTTP. P1: the REST
 * list against the raw driver. P2: the same over GraphQL against P1. P5: P1 under load against
 * a bare `node:http` server of the same JSON.
 */
export const apiBench: Bench = {
  name: 'api',
  run: async (args, log) => {
    const database = await openBenchDatabase(log)
    try {
      const names = await seed(database, args.apiPosts, log)
      const env = productionEnv(database.tmpDir)
      buildApp(env, args.reuseBuild, log)
      const profile = args.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`] : []
      const app = await startApp(env, answersList, profile)
      const driver = names && (await connectDriver(database.uri))
      try {
        log(`P1, P2: ${args.requests} requests each against ${app.url}`)
        const seq = await measureSequential({
          budgetMs: args.budget * 1000,
          driver: driver && names && { db: driver.db, names },
          requests: args.requests,
          url: app.url,
          warmup: WARMUP,
        })
        const load = { connections: args.connections, duration: args.duration }
        // The bare server first: a slow server can leave work queued after its run ends.
        log(`P5: ${args.duration} s at ${args.connections} connections, bare server then ours`)
        const body = await getRest(app.url)
        const bare = await withBareServer(body, database.tmpDir, (url) => measureLoad(url, load))
        const ours = await measureLoad(`${app.url}${REST_PATH}`, load)
        return {
          bench: 'api',
          database: { kind: database.kind, label: database.label },
          date: new Date().toISOString(),
          figures: apiFigures(seq, { bare, ours }),
          machine: describeMachine(),
          notes: apiNotes(seq, { ...args, warmup: WARMUP }),
          params: {
            budget: args.budget,
            connections: args.connections,
            duration: args.duration,
            events: API_DATASET.events,
            posts: args.apiPosts,
            products: API_DATASET.products,
            requests: args.requests,
          },
          revision: describeRevision(),
        }
      } finally {
        await driver?.close()
        await app.stop()
      }
    } finally {
      await database.stop()
    }
  },
}
