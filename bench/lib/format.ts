import type { BenchResult, Figure, Measured } from './result.js'

const num = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const ratioText = (ratio: number): string => `${num(ratio, ratio < 0.1 ? 3 : ratio < 10 ? 2 : 1)}×`

/** A measurement in words: a time, the spread of many requests, or a run under load. */
const measuredText = (m: Measured): string => {
  if (m.load) {
    const { errors, latency, requestsPerSecond, seconds, total } = m.load
    // No answer at all has no latency: autocannon reports 0 ms, which would read as fast.
    const p99 = total ? `p99 ${num(latency.p99)} ms` : `no answer in ${num(seconds)} s`
    return `${num(requestsPerSecond, 1)} req/s, ${p99}, ${num(errors)} errors`
  }
  if (m.distribution) {
    const { count, p50, p99 } = m.distribution
    return `median ${num(p50, 1)} ms, p99 ${num(p99, 1)} ms (${num(count)} requests)`
  }
  const { ms, samplesMs } = m
  return `${num(ms)} ms${samplesMs.length > 1 ? ` (median of ${samplesMs.length})` : ''}`
}

const ours = (f: Figure): string =>
  (f.kind ?? 'time') === 'time'
    ? `${measuredText(f)}, ${num(f.perSecond, 1)} posts/s`
    : measuredText(f)

const ratio = (f: Figure): string => {
  if (f.ratio === null) return '—'
  if (f.kind === 'requests' && f.p99Ratio != null) {
    return `${ratioText(f.ratio)} (p99 ${ratioText(f.p99Ratio)})`
  }
  return ratioText(f.ratio)
}

const goal = (f: Figure): string => {
  if (f.goalMinRatio != null) return `≥ ${f.goalMinRatio}×, 0 errors`
  if (f.goalMaxRatio === null) return '—'
  return f.kind === 'requests' ? `≤ ${f.goalMaxRatio}× (median)` : `≤ ${f.goalMaxRatio}×`
}

/** The result as a Markdown table, one row per figure, for the terminal and the docs. */
export const formatTable = (result: BenchResult): string => {
  const rows = result.figures.map((f) =>
    [
      f.id,
      f.label,
      ours(f),
      f.baseline ? `${f.baseline.label}: ${measuredText(f.baseline)}` : '—',
      ratio(f),
      goal(f),
      f.met === null ? '—' : f.met ? 'yes' : '**no**',
    ].join(' | '),
  )
  return [
    '| Figure | What | Ours | Baseline (same run) | Ratio | Goal | Met |',
    '| --- | --- | --- | --- | ---: | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}

/** Where a result was measured, in one line each: machine, database, code. */
export const describeRun = (result: BenchResult): string[] => {
  const { machine, revision } = result
  const code = revision
    ? `${revision.commit}${revision.dirty ? ' + uncommitted changes' : ''}`
    : '?'
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
    // The port and temp folder of an embedded server change every run and say nothing.
    `Database: ${result.database.label.replace(/ at 127\.0\.0\.1:\d+|, data in \S+/g, '')}`,
    `Code: ${code}; measured ${result.date}; ${JSON.stringify(result.params)}`,
  ]
}

/** The result for a reader: where it ran, the table, and anything the table cannot say. */
export const formatResult = (result: BenchResult, heading = '##'): string =>
  [
    `${heading} ${result.bench}`,
    '',
    ...describeRun(result).map((line) => `${line}  `),
    '',
    formatTable(result),
    ...(result.notes.length ? ['', ...result.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n')
