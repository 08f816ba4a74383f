/** The parts of a V8 `.cpuprofile` (from `node --cpu-prof`) a summary needs. */
interface CpuProfile {
  endTime: number
  nodes: {
    callFrame: { functionName: string; lineNumber: number; url: string }
    children?: number[]
    id: number
  }[]
  samples: number[]
  startTime: number
  timeDeltas: number[]
}

export interface Hotspot {
  ms: number
  name: string
  share: number
}

/** Where a frame's code lives: a package name, a project file, or V8's own bucket. */
export const placeOf = (url: string): string => {
  if (!url) return '(native)'
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  if (url.startsWith('node:')) return url
  return url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')
}

const top = (totals: Map<string, number>, total: number, limit: number): Hotspot[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ ms, name, share: ms / total }))

/**
 * Self time by function and by package. Self time is the honest measure: a function's own
 * work, not its callees', so a hot spot shows where the time goes, not who asked for it.
 */
export const summariseProfile = (
  profile: CpuProfile,
  limit = 15,
): { byFunction: Hotspot[]; byPlace: Hotspot[]; totalMs: number } => {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const byFunction = new Map<string, number>()
  const byPlace = new Map<string, number>()
  for (const [id, ms] of selfMs) {
    const frame = frames.get(id)
    if (!frame) continue
    const place = placeOf(frame.url)
    const name = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms)
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000
  return {
    byFunction: top(byFunction, totalMs, limit),
    byPlace: top(byPlace, totalMs, limit),
    totalMs,
  }
}
