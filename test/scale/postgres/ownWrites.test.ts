import { describe, expect, it } from 'vitest'

import { json } from '../stack.js'
import { AFTER_WRITE_MS, replayed, stack, withReplayPaused } from './stack.js'

interface Post {
  id: number | string
  title: string
}

const ATTEMPTS = 5

/** The post as the editor reads it through `url` (the latest draft). */
const editorReads = async (url: string, id: number | string) =>
  (
    await json<Post>(
      await fetch(`${url}/api/posts/${id}?draft=true&depth=0`, { headers: stack().editor }),
    )
  ).title

/**
 * What Payload 3.90's `readReplicas` gives an editor (read from @payloadcms/drizzle's source):
 * reads inside a write's transaction use the primary, so a save answers with what it stored;
 * and for `readReplicasAfterWriteInterval` (2 s) after any write, every read of that process
 * goes to the primary. After that, and on any other instance at any time, reads come from the
 * standby. The standby's replay is held here, so a read from it shows the state before the save.
 */
describe('an editor who saves on instance A and reads the post back', () => {
  it('should see the save through A within 2 s of it; after that, and through B, the standby', async () => {
    const { a, b, editor } = stack()
    const headers = { ...editor, 'content-type': 'application/json' }
    const created = await fetch(`${a}/api/posts?draft=true`, {
      body: JSON.stringify({ _status: 'draft', title: 'Own write, as created' }),
      headers,
      method: 'POST',
    })
    const { doc } = await json<{ doc: Post }>(created, 201)
    await replayed()

    await withReplayPaused(async () => {
      // A read is proof only if it came back within 2 s of sending the save: the save's writes
      // happen after it was sent. On a busy machine one may take longer; it is tried again.
      let proved = false
      let readAt = 0
      const took: number[] = []
      for (let attempt = 1; attempt <= ATTEMPTS && !proved; attempt++) {
        const title = `Own write, save ${attempt}`
        const sent = Date.now()
        const saved = await fetch(`${a}/api/posts/${doc.id}?draft=true`, {
          body: JSON.stringify({ title }),
          headers,
          method: 'PATCH',
        })
        // The save's own answer is read inside its transaction, on the primary.
        expect((await json<{ doc: Post }>(saved)).doc.title).toBe(title)
        const readBack = await editorReads(a, doc.id)
        readAt = Date.now()
        took.push(readAt - sent)
        if (readAt - sent >= AFTER_WRITE_MS) continue
        expect(readBack, 'A read back within 2 s of the save').toBe(title)
        // B never wrote: it reads from the standby, which has not replayed the save.
        expect(await editorReads(b, doc.id)).toBe('Own write, as created')
        proved = true
      }
      expect(
        proved,
        `no save and read back within ${AFTER_WRITE_MS} ms (took ${took.join(', ')} ms)`,
      ).toBe(true)

      // Once the window is over, A reads from the standby too: the state before the saves.
      await new Promise((resolve) =>
        setTimeout(resolve, readAt + AFTER_WRITE_MS + 500 - Date.now()),
      )
      expect(await editorReads(a, doc.id)).toBe('Own write, as created')
    })

    await replayed()
    const latest = await editorReads(a, doc.id)
    expect(latest).toMatch(/^Own write, save \d$/)
    expect(await editorReads(b, doc.id)).toBe(latest)
  })
})
