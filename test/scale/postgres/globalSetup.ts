import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { productionEnv } from '../../helpers/nextServer.js'
import { bootDevPayload } from '../../helpers/payload.js'
import { startBucket } from '../../helpers/seaweedfs.js'
import { createUser } from '../../helpers/users.js'
import { controlServer } from '../controlServer.js'
import { holdDevBuild } from '../devBuild.js'
import { type Instance, startInstance } from '../instance.js'
import { startReplicaPair } from './replicaPair.js'

declare module 'vitest' {
  export interface ProvidedContext {
    scalePostgres: {
      a: string
      /** Each server's maintenance database, for the test's own queries. */
      admin: { primary: string; standby: string }
      b: string
      /** POST /standby/stop, /standby/start. */
      control: string
      /** The app's database name on both servers. */
      database: string
      editor: Record<string, string>
      /** The environment every process of the stack shares (database, standby, bucket, secret). */
      env: Record<string, string>
    }
  }
}

const DATABASE = 'newsroom'
const log = (msg: string) => process.stdout.write(`[scale:postgres] ${msg}\n`)

/**
 * Migrations, one published post (so no instance imports the seed on its first start) and an
 * editor, written to the primary as `npm start` would: in production, Payload runs the committed
 * migrations instead of pushing the schema (a push would leave a `dev` mark that `migrate`
 * then asks about).
 */
const prepareDatabase = async () => {
  const env: Record<string, string | undefined> = process.env
  const nodeEnv = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    const { payload } = await bootDevPayload('scale-postgres')
    await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Already here' },
    })
    const editor = await createUser(payload, 'editor')
    await payload.destroy()
    return editor
  } finally {
    if (nodeEnv === undefined) delete env.NODE_ENV
    else env.NODE_ENV = nodeEnv
  }
}

/**
 * A horizontally scaled deployment on Postgres, on loopback: a primary and a hot standby
 * streaming from it, SeaweedFS (S3), and two `npm start` instances A and B with
 * JOBS_AUTORUN=false whose adapter reads from the standby (DATABASE_READ_REPLICA_URIS). The
 * import test starts `npm run worker`.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-scale-postgres-'))
  const cleanup: (() => Promise<unknown>)[] = [
    async () => rmSync(dataDir, { force: true, recursive: true }),
  ]
  const stopAll = async () => {
    for (const step of cleanup.splice(0).reverse())
      await step().catch((error: unknown) => log(String(error)))
  }
  try {
    const bucket = await startBucket('newsroom-scale-postgres')
    cleanup.push(() => bucket.stop())
    const pair = await startReplicaPair(DATABASE, log)
    cleanup.push(() => pair.stop())
    const secret = { PAYLOAD_SECRET: randomBytes(32).toString('hex') }
    const database = { DATABASE_ENGINE: 'postgres', DATABASE_URI: pair.primaryURI }
    // This process writes and reads back at once (a user, then its login): the primary alone.
    Object.assign(process.env, bucket.env, database, secret)
    const editor = await prepareDatabase()

    const shared = {
      ...bucket.env,
      ...database,
      ...secret,
      DATABASE_READ_REPLICA_URIS: pair.standbyURI,
    }
    const env = {
      ...productionEnv(dataDir),
      ...shared,
      JOBS_AUTORUN: 'false',
      SHUTDOWN_TIMEOUT_MS: '20000',
    }
    // npm test runs this right after the other scale suite built the app (CMS_BUILD_FRESH=1).
    const fresh = Boolean(process.env.CI) && process.env.CMS_BUILD_FRESH !== '1'
    const release = await holdDevBuild(env, { fresh, log })
    cleanup.push(async () => release())
    const instances: Instance[] = []
    cleanup.push(() => Promise.all(instances.map((instance) => instance.terminate())))
    const started = await Promise.allSettled([startInstance('A', env), startInstance('B', env)])
    for (const one of started) if (one.status === 'fulfilled') instances.push(one.value)
    const failed = started.find((one) => one.status === 'rejected')
    if (failed) throw failed.reason
    const [a, b] = instances
    log(`A at ${a.url}, B at ${b.url}`)

    const control = await controlServer({
      '/standby/start': () => pair.startStandby(),
      '/standby/stop': () => pair.stopStandby(),
    })
    cleanup.push(async () => control.close())
    project.provide('scalePostgres', {
      a: a.url,
      admin: pair.admin,
      b: b.url,
      control: control.url,
      database: DATABASE,
      editor: editor.headers,
      env: shared,
    })
    return async () => {
      if (process.env.SCALE_SHOW_SERVER_LOG === '1')
        process.stdout.write(`${a.output()}\n${b.output()}\n`)
      await stopAll()
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
