import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { generateCapture } from '../../helpers/generateCapture.js'
import { waitFor } from '../stack.js'
import { control, importOf, stack, startStackWorker, statementsOn, uploadImport } from './stack.js'

type Phase = 'after' | 'before' | 'down' | 'starting' | 'stopping'

interface Outcome {
  error?: string
  phase: Phase
  status?: number
  titles?: string[]
}

const CLIENTS = 4
const LISTING = `/api/posts?where[title][equals]=${encodeURIComponent('Already here')}`
// Longer than the adapter's 5 s before it tries a standby again: the retry fails too, and is
// caught again.
const DOWN_MS = 12_000
let worker: ReturnType<typeof startStackWorker> | undefined

/** One anonymous read through `url`, whatever happens to it. */
const read = async (url: string, phase: Phase): Promise<Outcome> => {
  try {
    const res = await fetch(`${url}${LISTING}`)
    const text = await res.text()
    if (res.status !== 200) return { error: text.slice(0, 300), phase, status: res.status }
    const { docs } = JSON.parse(text) as { docs: { title: string }[] }
    return { phase, status: res.status, titles: docs.map((doc) => doc.title) }
  } catch (error) {
    return { error: String((error as Error).cause ?? error), phase }
  }
}

const refuses = async (uri: string) => {
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
    return false
  } catch (error) {
    return (error as { code?: string }).code === 'ECONNREFUSED'
  } finally {
    await client.end().catch(() => {})
  }
}

const health = async (url: string) => {
  const res = await fetch(`${url}/api/newsroom/health`)
  return { body: (await res.json()) as unknown, status: res.status }
}

describe('the standby stopped while readers read through both instances', () => {
  afterAll(async () => {
    worker?.child.kill('SIGTERM')
    await worker?.exited
  })

  it('should lose no read, and serve again from the standby once it is back', async () => {
    const { a, admin, b } = stack()
    const outcomes: Outcome[] = []
    let phase: Phase = 'before'
    let running = true
    // Each client sends its next read as soon as the last one ended, alternating A and B.
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; running; n++) outcomes.push(await read(n % 2 ? b : a, phase))
    })
    const count = (which: Phase) => outcomes.filter((outcome) => outcome.phase === which).length
    const healthWhileDown: Awaited<ReturnType<typeof health>>[] = []
    let imported: Awaited<ReturnType<typeof importOf>> | undefined
    try {
      await waitFor(async () => count('before') >= 20, '20 reads before the stop', 120_000)

      // A fast shutdown: the standby cuts its connections, reads in flight included.
      phase = 'stopping'
      await control('/standby/stop')
      expect(await refuses(admin.standby)).toBe(true)
      phase = 'down'
      const downSince = Date.now()
      for (const url of [a, b]) healthWhileDown.push(await health(url))
      // A process that starts while the standby is down (a deploy, a restart) starts, and works.
      const upload = await uploadImport(a, generateCapture(2, 3, 6), 'while-down.txt')
      worker = startStackWorker()
      await worker.waitFor(
        async () => (await importOf(a, upload.id)).status === 'done',
        'the import done',
      )
      imported = await importOf(b, upload.id)
      await waitFor(
        async () => Date.now() - downSince >= DOWN_MS && count('down') >= 40,
        '40 reads while down',
        120_000,
      )

      phase = 'starting'
      await control('/standby/start')
      phase = 'after'
      const back = await statementsOn('standby')
      await waitFor(
        async () => (await statementsOn('standby')) >= back + 10,
        'the standby serving reads again',
        60_000,
      )
    } finally {
      running = false
      await Promise.all(clients)
    }

    const lost = outcomes.filter(
      (outcome) => outcome.status !== 200 || outcome.titles?.join() !== 'Already here',
    )
    const phases = ['before', 'stopping', 'down', 'starting', 'after'] as const
    const summary = phases.map((which) => `${which}: ${count(which)}`).join(', ')
    expect(lost, `lost reads (${summary}): ${JSON.stringify(lost.slice(0, 3))}`).toEqual([])
    expect(count('down')).toBeGreaterThanOrEqual(40)
    expect(count('after')).toBeGreaterThan(0)
    // While it was down, both instances stayed healthy: their reads had somewhere to go.
    const healthy = { body: { database: 'ok', status: 'ok', storage: 'ok' }, status: 200 }
    expect(healthWhileDown).toEqual([healthy, healthy])
    expect(imported).toMatchObject({
      counts: { created: 2, unchanged: 0, updated: 0 },
      status: 'done',
    })
  })
})
