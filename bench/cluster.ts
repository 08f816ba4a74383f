import { randomBytes } from 'node:crypto'

import type { BenchArgs } from './args.js'
import type { Figure, Measure, RunInfo } from './figure.js'

import { generateCapture } from '../test/helpers/generateCapture.js'
import { startWorker } from '../test/ops/workerProcess.js'
import { startInstance } from '../test/scale/instance.js'
import { figure } from './figure.js'
import { startLoad } from './load.js'
import { REST_PATH } from './lists.js'

/** P7's import: posts numbered after the bench's capture, so every one of them is new. */
const IMPORTED = 1000

interface ImportDoc {
  counts?: { created: number; unchanged: number; updated: number }
  error?: null | string
  id: number | string
  status: string
}

const getJson = async <T>(url: string, headers: Record<string, string>): Promise<T> => {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) })
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`)
  return (await res.json()) as T
}

const postCount = async (url: string, editor: Record<string, string>) =>
  (await getJson<{ totalDocs: number }>(`${url}/api/posts?limit=0&draft=true`, editor)).totalDocs

/**
 * The bench's database has no users yet: its first, who uploads the import, registers through
 * the instance as on a fresh install, and gets the headers the admin would.
 */
const firstUser = async (url: string) => {
  const credentials = { email: 'bench@example.com', name: 'Bench', password: randomBytes(12).toString('hex') }
  const res = await fetch(`${url}/api/users/first-register`, {
    body: JSON.stringify(credentials),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (!res.ok) throw new Error(`first user through ${url}: HTTP ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** A bound on the import, not a speed claim: FerretDB under this load takes minutes. */
const IMPORT_LIMIT_MS = 30 * 60_000

/**
 * Uploads the capture through A and waits, reading through B, until the worker has run it. Each
 * look at the import has its own timeout: under load an answer can take seconds.
 */
const importUnderLoad = async (
  a: string,
  b: string,
  editor: Record<string, string>,
  worker: ReturnType<typeof startWorker>,
  bench: BenchArgs,
  log: (msg: string) => void,
): Promise<ImportDoc> => {
  const form = new FormData()
  const capture = generateCapture(IMPORTED, 1, bench.posts + (bench.posts % 2))
  form.append('file', new Blob([capture], { type: 'text/plain' }), 'p7.txt')
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${a}/api/imports`, { body: form, headers: editor, method: 'POST' })
  if (res.status !== 201) throw new Error(`upload through A: HTTP ${res.status} ${await res.text()}`)
  const { doc } = (await res.json()) as { doc: ImportDoc }
  log(`P7: import ${doc.id} of ${IMPORTED} posts queued through A, load on A and B`)
  const deadline = Date.now() + IMPORT_LIMIT_MS
  while (Date.now() < deadline) {
    if (worker.child.exitCode !== null) throw new Error(`the worker exited:\n${worker.output()}`)
    const seen = await getJson<ImportDoc>(`${b}/api/imports/${doc.id}`, editor).catch(() => null)
    if (seen && (seen.status === 'done' || seen.status === 'failed')) return seen
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`the import was not done within ${IMPORT_LIMIT_MS / 60_000} minutes`)
}

/** The load of both instances as one: what a balancer in front of them would see. */
const together = (measures: Measure[]): Measure => ({
  errors: measures.reduce((sum, m) => sum + (m.errors ?? 0), 0),
  label: 'two instances and a worker, during the import',
  p99: Math.max(...measures.map((m) => m.p99 ?? 0)),
  samples: measures.reduce((sum, m) => sum + m.samples, 0),
  unit: 'req/s',
  value: measures.reduce((sum, m) => sum + m.value, 0),
})

/**
 * P7: two `npm start` instances (JOBS_AUTORUN=false) and one `npm run worker` on the run's
 * database, P5's load split between the instances while a 1,000-post capture uploaded through
 * A is imported by the worker. Met with 0 errors and the import's counts exact (1,000 created,
 * nothing else, and 1,000 more posts); the ratio is the throughput against P5's single instance.
 */
export const clusterFigure = async (args: {
  bench: BenchArgs
  env: NodeJS.ProcessEnv
  log: (msg: string) => void
  run: RunInfo
  single: Measure
}): Promise<Figure> => {
  const { bench, log, run } = args
  const env = { ...args.env, JOBS_AUTORUN: 'false', JOBS_POLL_MS: '500' }
  const instances = await Promise.all([startInstance('A', env), startInstance('B', env)])
  const worker = startWorker(env as Record<string, string>)
  try {
    const [a, b] = instances.map((instance) => instance.url)
    const editor = await firstUser(a)
    const before = await postCount(a, editor)
    const connections = Math.max(1, Math.round(bench.connections / 2))
    const loads = [a, b].map((url) =>
      startLoad('', { connections, duration: 3600, url: `${url}${REST_PATH}` }),
    )
    const started = Date.now()
    let done: ImportDoc
    try {
      done = await importUnderLoad(a, b, editor, worker, bench, log)
    } finally {
      for (const load of loads) load.stop()
    }
    const ours = together(await Promise.all(loads.map((load) => load.done)))
    const added = (await postCount(b, editor)) - before
    const { created = 0, unchanged = 0, updated = 0 } = done.counts ?? {}
    const exact = !done.error && created === IMPORTED && !unchanged && !updated && added === IMPORTED
    const seconds = Math.round((Date.now() - started) / 1000)
    return figure({
      baseline: args.single,
      exact,
      goal: { exact: true },
      id: 'P7',
      note:
        `import ${done.status} in ${seconds} s under load: ${created} created, ${updated} updated, ` +
        `${unchanged} unchanged, ${added} posts added${done.error ? `, error: ${done.error}` : ''}; ` +
        `${connections} connections on each instance`,
      ours,
      run,
      what: `P5's load on two instances while the worker imports ${IMPORTED} posts`,
    })
  } finally {
    worker.child.kill('SIGTERM')
    await worker.exited
    await Promise.all(instances.map((instance) => instance.terminate()))
  }
}
