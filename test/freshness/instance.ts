/**
 * Instance B of the freshness tests, a process of its own: the dev app's Payload on the test
 * file's database (`DATABASE_URI`), behind the real REST route handlers wrapped in
 * `withHttpCache`, on a free loopback port. `NEWSROOM_TEST_VALIDATOR=off` turns the content
 * validator off. Prints `READY <url>` once it answers; stops on SIGTERM.
 */
import { startApiServer } from '../helpers/apiServer.js'
import { bootDevPayload } from '../helpers/payload.js'

const validator = process.env.NEWSROOM_TEST_VALIDATOR !== 'off'
const { config, payload } = await bootDevPayload(`freshness-b-${process.pid}`, {
  plugin: { httpCache: { validator } },
})
const server = await startApiServer(config, { cached: true })
process.stdout.write(`READY ${server.url}\n`)
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => payload.destroy())
    .finally(() => process.exit(0))
})
