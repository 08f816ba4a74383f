import { describe, expect, it } from 'vitest'

import { json } from '../stack.js'
import { stack, statementsOn } from './stack.js'

const READS = 10
const LISTING = `/api/posts?where[title][equals]=${encodeURIComponent('Already here')}`

/** An anonymous reader's listing through `url`: no cookie, no token. */
const titlesVia = async (url: string) =>
  (await json<{ docs: { title: string }[] }>(await fetch(`${url}${LISTING}`))).docs.map(
    (doc) => doc.title,
  )

describe('anonymous reads on both instances', () => {
  it('should be answered, each instance reading from the standby', async () => {
    const { a, b } = stack()
    // One instance at a time: the standby counts statements as they finish, so each instance's
    // share is what the count grew by while only it was asked.
    for (const url of [a, b]) {
      const before = await statementsOn('standby')
      for (let read = 0; read < READS; read++)
        expect(await titlesVia(url)).toEqual(['Already here'])
      const served = (await statementsOn('standby')) - before
      // A REST listing is at least one statement (the page; its count, when asked, another).
      expect(
        served,
        `statements the standby ran for ${READS} reads through ${url}`,
      ).toBeGreaterThanOrEqual(READS)
    }
  })
})
