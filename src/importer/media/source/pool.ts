/** Runs at most `size` tasks at once; the rest wait in arrival order. */
export type Limit = <T>(task: () => Promise<T>) => Promise<T>

export const createLimit = (size: number): Limit => {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    if (running >= size) {
      // A finished task hands its slot straight to the next, so `running` never passes `size`.
      await new Promise<void>((resolve) => waiting.push(resolve))
    } else {
      running += 1
    }
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) {
        next()
      } else {
        running -= 1
      }
    }
  }
}
