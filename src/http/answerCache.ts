/** An anonymous 200 as it was sent: what a repeated request gets while its validator stands. */
export interface StoredAnswer {
  body: Uint8Array<ArrayBuffer>
  /** Without CORS headers, which follow each request's Origin. */
  headers: [string, string][]
}

const sizeOf = (answer: StoredAnswer): number =>
  answer.body.byteLength + answer.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)

/**
 * Anonymous answers by their validator, held to `limit` bytes, the least recently used dropped
 * first. A validator names one request's answer at one state of the content, so an entry is never
 * stale: a change gives the request a new validator, and the old entry ages out unread.
 */
export class AnswerCache {
  private bytes = 0
  private readonly entries = new Map<string, StoredAnswer>()

  constructor(private readonly limit: number) {}

  get(validator: string): StoredAnswer | undefined {
    const answer = this.entries.get(validator)
    if (answer) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(validator)
      this.entries.set(validator, answer)
    }
    return answer
  }

  set(validator: string, answer: StoredAnswer): void {
    const size = sizeOf(answer)
    // One answer larger than a quarter of the memory would push out everything else.
    if (size > this.limit / 4 || this.entries.has(validator)) return
    this.entries.set(validator, answer)
    this.bytes += size
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.limit) break
      this.entries.delete(oldest)
      this.bytes -= sizeOf(old)
    }
  }
}
