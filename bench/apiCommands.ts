/**
 * npx tsx bench/apiCommands.ts [--api-posts N]
 *
 * Which database commands one P1 request (REST) and one P2 request (GraphQL) send, and how long
 * the server took for each: the diagnosis behind docs/performance.md's API findings. The
 * requests go through the route handlers `next start` mounts, in this process, on a database
 * seeded like the API bench's. MongoDB-wire databases only.
 */
import type { CommandTally } from './lib/commands.js'

import { createClient } from '../test/helpers/http.js'
import { API_DATASET, seedDataset } from './benches/api/dataset.js'
import { GRAPHQL_QUERY, REST_PATH } from './benches/api/queries.js'
import { parseBenchArgs } from './lib/args.js'
import { tallyCommands } from './lib/commands.js'
import { withMonitoredPayload } from './lib/monitored.js'

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
  await withMonitoredPayload(log, async (payload, database) => {
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
  })
}

await main()
process.exit(0)
