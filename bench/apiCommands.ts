/**
 * NODE_OPTIONS=--conditions=development npx tsx bench/apiCommands.ts [--api-posts N]
 *
 * Which database commands one P1 request (REST) and one P2 request (GraphQL) send, and how long
 * the server took for each: the diagnosis behind docs/performance.md's API findings. The
 * requests go through the route handlers `next start` mounts, in this process, on a database
 * seeded like the API bench's. MongoDB-wire databases only.
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'

import type { CommandTally } from './lib/commands.js'

import { ferretdbCompatibility } from '../dev/database/adapter.js'
import { createClient } from '../test/helpers/http.js'
import { API_DATASET, seedDataset } from './benches/api/dataset.js'
import { GRAPHQL_QUERY, REST_PATH } from './benches/api/queries.js'
import { parseBenchArgs } from './lib/args.js'
import { tallyCommands } from './lib/commands.js'
import { openBenchDatabase } from './lib/database.js'
import { bootBenchPayload } from './lib/payload.js'

const log = (msg: string) => process.stderr.write(`[api-commands] ${msg}\n`)

const table = (title: string, tallies: CommandTally[], ms: number): string =>
  [
    `### ${title}: ${Math.round(ms)} ms`,
    '',
    '| Command | Collection | Query shape | Count | Latency ms, summed |',
    '| --- | --- | --- | ---: | ---: |',
    ...tallies.map(
      (t) =>
        `| ${t.command} | ${t.collection} | \`${t.shape}\` | ${t.count} | ${Math.round(t.ms)} |`,
    ),
    '',
  ].join('\n')

const main = async () => {
  const { apiPosts } = parseBenchArgs()
  const database = await openBenchDatabase(log)
  try {
    if (database.kind === 'sqlite') throw new Error('command tallies need a MongoDB-wire database')
    // The dev adapter's settings, plus command monitoring (which has to be set at connect time).
    const db = mongooseAdapter({
      connectOptions: { monitorCommands: true },
      ensureIndexes: true,
      url: database.uri,
      ...(database.kind === 'ferretdb' ? ferretdbCompatibility : {}),
    })
    const payload = await bootBenchPayload({ db })
    try {
      const size = { ...API_DATASET, posts: apiPosts }
      await seedDataset({ log, payload, size, tmpDir: database.tmpDir })
      const client = createClient(payload.config)
      const requests = {
        'P1, REST': async () => (await client.request('GET', REST_PATH)).text(),
        'P2, GraphQL': () => client.graphql(GRAPHQL_QUERY),
      }
      for (const [title, send] of Object.entries(requests)) {
        await send() // warm-up: the first request also loads code and fills caches
        const tally = tallyCommands(payload.db.connection.getClient())
        const start = performance.now()
        await send()
        const ms = performance.now() - start
        process.stdout.write(`${table(`${title} (${apiPosts} posts)`, tally.stop(), ms)}\n`)
      }
    } finally {
      await payload.destroy()
    }
  } finally {
    await database.stop()
  }
}

await main()
process.exit(0)
