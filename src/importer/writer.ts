import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { NewsroomSlugs } from '../types.js'
import type { ChangedIds, PreparedApply } from './apply/index.js'
import type { MediaCounts } from './apply/media/index.js'
import type { MediaSource } from './media/source/index.js'
import type { ImportAction } from './report.js'
import type {
  CatalogueProduct,
  ImportedEvent,
  ImportedPost,
  ImportError,
  ImportWarning,
  ImportWithout,
  ParsedFile,
} from './types.js'

import { append } from './append.js'
import { applyPlan, prepareApply } from './apply/index.js'
import { storedHash } from './media/storedHash.js'
import { createPlanMemory, planImport } from './plan.js'

/** The identity of an event's content: a change in the source updates the event. */
const eventHash = ({ line: _line, ...event }: ImportedEvent): string =>
  createHash('sha256').update(JSON.stringify(event)).digest('hex')

const addCounts = (a: MediaCounts | null, b: MediaCounts | null): MediaCounts | null =>
  a && b ? { failed: a.failed + b.failed, imported: a.imported + b.imported, present: a.present + b.present } : (a ?? b)

/**
 * Plans and writes an import a piece at a time. Across pieces it keeps only what the run's
 * result needs (each post's action, the ids sites must refresh, posts refused) and what planning
 * needs (`PlanMemory`): never a piece's posts once they are written.
 */
export const createImportWriter = (
  payload: Payload,
  args: {
    batchWrites?: boolean
    catalogue: CatalogueProduct[]
    /** The run's files, named in the message of a stage the database fails. */
    files: string[]
    force: boolean
    media?: MediaSource
    onProgress: (count: number) => void
    slugs: NewsroomSlugs
    warn: (file: string, warning: ImportWarning) => void
    without: ImportWithout
  },
) => {
  const { slugs } = args
  let prepared: Promise<PreparedApply> | undefined
  const memory = createPlanMemory()
  const actions = new Map<string, ImportAction>()
  const eventActions = new Map<string, ImportAction>()
  const changed: ChangedIds = { events: [], posts: [] }
  const errors: ImportError[] = []
  let media: MediaCounts | null = null
  // With media import off, a post is stored as one whose files stayed remote: re-runs agree.
  const postHash = (post: ImportedPost) => (args.media ? post.sourceHash : storedHash(post, false))
  return {
    result: () => ({ actions, changed, errors, eventActions, media }),
    /** Plans the piece (a file's posts and events, or some of them) and writes it. */
    write: async (piece: ParsedFile): Promise<void> => {
      // Products and the converter once, before the first post: a run with no posts writes none.
      // Awaited before planning starts: a pending plan would leave a failed stage's rejection
      // unhandled, and Node would end the run with a stack instead of the stage's one line.
      prepared ??= prepareApply(payload, { catalogue: args.catalogue, files: args.files, slugs })
      const ready = await prepared
      const plan = await planImport(payload, slugs, [piece], {
        eventHash,
        force: args.force,
        memory,
        postHash,
      })
      const applied = await applyPlan(payload, plan, {
        batchWrites: args.batchWrites,
        files: [piece],
        media: args.media,
        onProgress: args.onProgress,
        prepared: ready,
        slugs,
        warn: args.warn,
        without: args.without,
      })
      for (const [key, action] of applied.actions) actions.set(key, action)
      for (const [key, action] of applied.eventActions) eventActions.set(key, action)
      append(changed.events, applied.changed.events)
      append(changed.posts, applied.changed.posts)
      append(errors, applied.errors)
      media = addCounts(media, applied.media)
    },
  }
}
