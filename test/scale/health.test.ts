import { describe, expect, it } from 'vitest'

import { control, stack, waitFor } from './stack.js'

interface Health {
  database: string
  status: string
  storage: string
}

const health = async (url: string) => {
  const res = await fetch(`${url}/api/newsroom/health`)
  return { body: (await res.json()) as Health, status: res.status }
}

describe('the health endpoint on both instances', () => {
  it('should answer 200 while the database and the bucket answer', async () => {
    const { a, b } = stack()
    for (const url of [a, b]) {
      expect(await health(url)).toEqual({ body: { database: 'ok', status: 'ok', storage: 'ok' }, status: 200 })
    }
  })

  it('should answer 503 naming the database once it is stopped, and 200 again once it is back', async () => {
    const { a, b } = stack()
    await control('/database/stop')
    try {
      // The probe gives the database 3 s; the bound only keeps a broken probe from hanging here.
      for (const url of [a, b]) {
        await waitFor(async () => (await health(url)).status === 503, `503 from ${url}`, 30_000)
        expect(await health(url)).toEqual({
          body: { database: 'failed', status: 'failed', storage: 'ok' },
          status: 503,
        })
      }
    } finally {
      await control('/database/start')
    }
    // The driver finds the restarted server on its own: no instance is restarted.
    for (const url of [a, b]) {
      await waitFor(async () => (await health(url)).status === 200, `200 again from ${url}`, 90_000)
    }
  })
})
