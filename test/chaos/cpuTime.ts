/**
 * CPU time this process has used, in ms: all its threads, the garbage collector's included.
 * The parse bounds are on CPU time, because the wall clock of a 2-core machine shared with other
 * work also counts the neighbours' turns.
 */
export const cpuMs = (): number => {
  const { system, user } = process.cpuUsage()
  return (system + user) / 1000
}
