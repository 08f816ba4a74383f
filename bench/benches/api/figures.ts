import type { Figure, LoadRun } from '../../lib/result.js'
import type { SequentialSamples } from './sequential.js'

import { loadFigure, requestFigure } from '../../lib/result.js'

/** The API issue's goals: P1 and P2 at most these ratios, P5 at least its ratio with no errors. */
export const API_GOALS = { P1: 3, P2: 1.3, P5: 0.25 }

/** P1 against the raw driver, P2 against P1, P5 against a bare `node:http` server. */
export const apiFigures = (
  seq: SequentialSamples,
  load: { bare: LoadRun; ours: LoadRun },
): Figure[] => [
  requestFigure({
    baseline: seq.driver && {
      label: 'driver find + products + JSON.stringify',
      samplesMs: seq.driver,
    },
    goalMaxRatio: API_GOALS.P1,
    id: 'P1',
    label: 'REST `GET /api/posts?limit=10&depth=1`',
    samplesMs: seq.rest,
  }),
  requestFigure({
    baseline: { label: 'P1, REST', samplesMs: seq.rest },
    goalMaxRatio: API_GOALS.P2,
    id: 'P2',
    label: 'the same list over GraphQL',
    samplesMs: seq.graphql,
  }),
  loadFigure({
    baseline: { label: 'bare node:http, same JSON from memory', ...load.bare },
    goalMinRatio: API_GOALS.P5,
    id: 'P5',
    label: 'P1 under load (autocannon), `next start`',
    ours: load.ours,
  }),
]

const kb = (bytes: null | number): string => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`)

/** What the table cannot say: the size of each answer, and how the run was made. */
export const apiNotes = (
  seq: SequentialSamples,
  args: {
    budget: number
    connections: number
    cpuProf: boolean
    duration: number
    requests: number
    warmup: number
  },
): string[] => [
  ...(seq.rest.length < args.requests
    ? [
        `P1 and P2 stopped at their ${args.budget} s budget after ${seq.rest.length} of ` +
          `${args.requests} requests each (\`--budget\` to allow more): p99 over so few is ` +
          'close to the slowest request.',
      ]
    : []),
  `Answers: REST ${kb(seq.sizes.rest)}, GraphQL ${kb(seq.sizes.graphql)}, ` +
    `driver baseline ${kb(seq.sizes.driver)}.`,
  `P1 and P2: sequential requests over keep-alive HTTP to \`next start\`, taking turns with the ` +
    `baseline, after up to ${args.warmup} untimed rounds. P5: ${args.duration} s at ` +
    `${args.connections} connections, each server in a process of its own; an answer slower ` +
    "than 10 s (autocannon's timeout) counts as an error.",
  ...(seq.driver ? [] : ['SQLite has no MongoDB driver: P1 has no baseline.']),
  ...(args.cpuProf ? ['Profiled run (--cpu-prof): the server is slower than without.'] : []),
]
