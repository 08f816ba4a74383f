import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildFerretDB } from '../../dev/database/ferretdb.js'
import { freePort } from '../../dev/database/ports.js'
import { productionEnv } from '../helpers/nextServer.js'
import { bootDevPayload } from '../helpers/payload.js'
import { startBucket } from '../helpers/seaweedfs.js'
import { createUser } from '../helpers/users.js'
import { controlServer } from './controlServer.js'
import { holdDevBuild } from './devBuild.js'
import { ferretOnPort, type Instance, startInstance } from './instance.js'

declare module 'vitest' {
  export interface ProvidedContext {
    scale: {
      a: string
      b: string
      /** The stack's own controls: POST /database/stop, /database/start, /b/terminate. */
      control: string
      /** The environment every process of the stack shares (database, bucket, secret). */
      env: Record<string, string>
      editor: Record<string, string>
    }
  }
}

const log = (msg: string) => process.stdout.write(`[scale] ${msg}\n`)

/**
 * The stack of a horizontally scaled deployment, on loopback: SeaweedFS (S3), one FerretDB, and
 * two `npm start` instances A and B with JOBS_AUTORUN=false, sharing the database, the bucket and
 * PAYLOAD_SECRET. The worker is started by the import test, which first proves A and B leave the
 * job alone. CI builds the app once here; locally an existing build is kept.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-scale-'))
  const bucket = await startBucket('newsroom-scale')
  const ferretDir = path.join(dataDir, 'ferretdb')
  const ferretBinary = buildFerretDB(log)
  const dbPort = await freePort()
  let database = await ferretOnPort(ferretBinary, ferretDir, dbPort)
  const shared: Record<string, string> = {
    ...bucket.env,
    DATABASE_ENGINE: 'ferretdb',
    DATABASE_URI: `mongodb://127.0.0.1:${dbPort}/newsroom`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  }
  Object.assign(process.env, shared)

  // One post, so that no instance imports the seed on its first start; and an editor.
  const { payload } = await bootDevPayload('scale')
  await payload.create({ collection: 'posts', data: { _status: 'published', title: 'Already here' } })
  const editor = await createUser(payload, 'editor')
  await payload.destroy()

  const env = { ...productionEnv(dataDir), ...shared, JOBS_AUTORUN: 'false', SHUTDOWN_TIMEOUT_MS: '20000' }
  const release = await holdDevBuild(env, { fresh: Boolean(process.env.CI), log })
  const [a, b]: Instance[] = await Promise.all([startInstance('A', env), startInstance('B', env)])
  log(`A at ${a.url}, B at ${b.url}, FerretDB at 127.0.0.1:${dbPort}`)

  const routes: Record<string, () => Promise<unknown>> = {
    '/b/terminate': () => b.terminate(),
    '/database/start': async () => {
      database = await ferretOnPort(ferretBinary, ferretDir, dbPort)
    },
    '/database/stop': () => database.stop(),
  }
  const control = await controlServer(routes)
  project.provide('scale', {
    a: a.url,
    b: b.url,
    control: control.url,
    editor: editor.headers,
    env: shared,
  })
  return async () => {
    control.close()
    await Promise.all([a.terminate(), b.terminate()])
    if (process.env.SCALE_SHOW_SERVER_LOG === '1') process.stdout.write(`${a.output()}\n${b.output()}\n`)
    release()
    await database.stop()
    await bucket.stop()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
