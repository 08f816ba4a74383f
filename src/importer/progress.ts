/** The progress of the whole run: `total` grows to the true count as pieces are parsed. */
export const createProgress = (onProgress?: (done: number, total: number) => void) => {
  let done = 0
  let known = 0
  let expected = 0
  return {
    /** A file's pieces are about to be parsed: each may hold as many posts as its first pass saw. */
    expect: (counts: number[]) => {
      expected += counts.reduce((sum, count) => sum + count, 0)
      onProgress?.(done, known + expected)
    },
    /** A piece is parsed: its posts and events are now known, in place of what was expected. */
    parsed: (estimate: number, found: number) => {
      expected -= estimate
      known += found
    },
    written: (count: number) => {
      done += count
      onProgress?.(done, known + expected)
    },
  }
}
