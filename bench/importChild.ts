/**
 * P8's import, run by bench/scale.ts in a fresh process on a fresh database: the dev host's
 * Payload (booted as the bench boots it) imports a generated WordPress export, and the process
 * reports its peak RSS, the import's included, with what booting alone had taken.
 *   node --import tsx bench/importChild.ts <export.xml> <posts> <result.json>
 */
import { runImport } from '../src/importer/run.js'
import { importTarget } from '../test/helpers/importTarget.js'
import { bootDevPayload } from '../test/helpers/payload.js'
import { childArgs, writeChildResult } from './child.js'
import { benchCatalogue } from './dataset.js'
import { expectAll } from './imports.js'

/** What the child reports; sizes in MiB. */
export interface ScaleImport {
  bootedRss: number
  ms: number
  peakRss: number
}

const MiB = 1024 * 1024
const { args, out } = childArgs()
const [file, posts] = args
const { payload } = await bootDevPayload('p8')
const bootedRss = process.memoryUsage().rss / MiB
const catalogue = await benchCatalogue()
const started = performance.now()
expectAll(
  await runImport({ catalogue, paths: [file], ...importTarget(payload) }),
  'create',
  Number(posts),
)
const ms = performance.now() - started
// maxRSS is in KiB: the process's peak, which the import's must be unless booting took more.
const result: ScaleImport = { bootedRss, ms, peakRss: process.resourceUsage().maxRSS / 1024 }
writeChildResult(out, result)
