import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../types.js'

import path from 'node:path'

import type { ImportPlan, Planned } from '../plan.js'
import type { ImportAction } from '../report.js'
import type {
  CatalogueProduct,
  ImportedPost,
  ImportError,
  ImportWarning,
  ImportWithout,
  ParsedFile,
} from '../types.js'
import type { MediaSource } from '../media/source/index.js'
import type { ApplyContext } from './context.js'
import type { MediaCounts } from './media/index.js'

import { ensureCategories, upsertProducts } from './catalogue.js'
import { databaseAnswers } from './createOrAdopt.js'
import { removeUnusedCategories } from './orphans.js'
import { hookWarning, refusedPost, writeStage } from './problems.js'
import { schedulePublication } from './schedule.js'
import { createPostsInBatches } from './batch/index.js'
import { writeEvents } from './events.js'
import { writePost } from './posts.js'
import { bringMedia } from './media/stage.js'
import { ensureRedirects } from './redirects.js'
import { createRichText } from './richText.js'

/** The source file as editors should read it: relative to the app when inside it, else its name. */
const sourceName = (file: string): string => {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(file) : relative
}

export interface ApplyResult {
  /** What happened to each post, by sourceKey. A post another import created first is `unchanged`. */
  actions: Map<string, ImportAction>
  /** The ids of the posts and events this run created or updated, for the caller to tell sites. */
  changed: ChangedIds
  /** Posts Payload refused, each one line naming its file and line; the rest are imported. */
  errors: ImportError[]
  eventActions: Map<string, ImportAction>
  /** What the media stage did; null when media import was off. */
  media: MediaCounts | null
}

/** Ids by collection role. */
export interface ChangedIds {
  events: (number | string)[]
  posts: (number | string)[]
}

const changedIds = (actions: Map<string, ImportAction>, ids: Map<string, number | string>) =>
  [...actions].flatMap(([key, action]) => (action === 'create' || action === 'update' ? (ids.get(key) ?? []) : []))

/** What every piece of an import writes with, made once per run (`prepareApply`). */
export interface PreparedApply {
  importedAt: string
  /** The media stage's files so far, by key: each counted and tried once per run. */
  media: Map<string, boolean>
  productIds: Map<string, number | string>
  toRichText: (html: string) => Record<string, unknown>
}

/**
 * What the whole run needs before its first post: the catalogue's products (posts point to
 * them) and the rich-text converter. `files` name the run's files in a failed stage's message.
 */
export const prepareApply = async (
  payload: Payload,
  args: { catalogue: CatalogueProduct[]; files: string[]; slugs: NewsroomSlugs },
): Promise<PreparedApply> => {
  const files = args.files.map(sourceName)
  const productIds = await writeStage(
    { files, what: "the catalogue's products were not all written" },
    () => upsertProducts(payload, args.slugs.products, args.catalogue),
  )
  const toRichText = await createRichText(payload, args.slugs.posts)
  return { importedAt: new Date().toISOString(), media: new Map(), productIds, toRichText }
}

/**
 * Writes a plan (one piece of an import) through Payload: categories first (posts point to
 * them), then posts (new ones in batches, see `batch/`), then events (which point to their
 * announcement). A stage the database fails stops the import with one line naming it
 * (`writeStage`).
 */
export const applyPlan = async (
  payload: Payload,
  plan: ImportPlan,
  args: {
    batchWrites?: boolean
    files: ParsedFile[]
    /** Where the posts' files come from; without it they stay remote URLs. */
    media?: MediaSource
    /** Called with how many more posts and events are written (the run counts the total). */
    onProgress?: (count: number) => void
    prepared: PreparedApply
    slugs: NewsroomSlugs
    warn: (file: string, warning: ImportWarning) => void
    without: ImportWithout
  },
): Promise<ApplyResult> => {
  const { slugs } = args
  const fileOf = new Map(args.files.flatMap((f) => f.posts.map((p) => [p.sourceKey, sourceName(f.path)] as const)))
  const { without } = args
  const files = args.files.map((f) => sourceName(f.path))
  const stage = <T>(what: string, write: () => Promise<T>, unlike?: string) =>
    writeStage({ files, unlike, what }, write)
  // With categories turned off, posts get none: no category is looked up or written.
  const categories = without.categories
    ? { created: new Set<number | string>(), ids: new Map<string, number | string>() }
    : await stage("the posts' categories were not all written", () =>
        ensureCategories(
          payload,
          slugs.categories,
          plan.posts.flatMap((p) => p.item.categories),
          new Map(plan.posts.flatMap((p) => Object.entries(p.item.categorySlugs ?? {}))),
        ),
      )
  const { productIds, toRichText } = args.prepared
  // Errors name the file as it was given, like the parser's (the admin's job renames uploads).
  const pathOf = new Map(args.files.flatMap((f) => f.posts.map((p) => [p.sourceKey, f.path] as const)))
  const lineOf = new Map(plan.posts.map((p) => [p.item.sourceKey, p.item.line]))
  const media = await stage("the posts' files were not all brought into the media collection", () =>
    bringMedia(payload, { plan, seen: args.prepared.media, slugs, source: args.media, warn: args.warn }, pathOf),
  )
  const ctx: ApplyContext = {
    batchWrites: args.batchWrites,
    categoryIds: categories.ids,
    hookFailed: (sourceKey, collection, error) =>
      args.warn(pathOf.get(sourceKey) ?? '', {
        line: lineOf.get(sourceKey) ?? 1,
        message: hookWarning(collection, error),
      }),
    importedAt: args.prepared.importedAt,
    payload,
    postContent: media.postContent(toRichText),
    postIds: new Map(),
    productIds,
    slugs,
    toRichText,
    warn: args.warn,
  }
  const actions = new Map<string, ImportAction>()
  const record = (planned: Planned<ImportedPost>, written: { created: boolean; id: number | string }) => {
    ctx.postIds.set(planned.item.sourceKey, written.id)
    actions.set(planned.item.sourceKey, planned.action === 'create' && !written.created ? 'unchanged' : planned.action)
  }
  const fileFor = (planned: Planned<ImportedPost>) => fileOf.get(planned.item.sourceKey) ?? ''
  // New posts in batches; updates, and anything a batch could not write, one by one.
  const fresh = plan.posts.filter((p) => p.action === 'create' && !p.existing)
  const inBatch = new Set(fresh)
  const errors: ImportError[] = []
  await stage('the posts were not all written', async () => {
    const batched = await createPostsInBatches(
      ctx,
      fresh.map((planned) => ({ file: fileFor(planned), planned })),
      (count) => args.onProgress?.(count),
    )
    for (const planned of plan.posts) {
      const written = batched.written.get(planned.item.sourceKey)
      try {
        record(planned, written ?? (await writePost(ctx, planned, fileFor(planned))))
      } catch (error) {
        if (!(await databaseAnswers(payload, slugs.posts))) throw error
        // One refused post is reported and skipped; the rest of its file is still imported.
        errors.push(refusedPost(pathOf.get(planned.item.sourceKey) ?? '', planned.item, error))
      }
      if (!inBatch.has(planned)) args.onProgress?.(1)
    }
  })
  if (categories.created.size > 0 && errors.length > 0) {
    await stage('the categories made for refused posts were not all removed', () =>
      removeUnusedCategories(payload, slugs, categories.created),
    )
  }
  const written = plan.posts.filter((p) => ctx.postIds.has(p.item.sourceKey))
  await stage(
    "the scheduled posts' publishing jobs were not all written",
    () => schedulePublication(ctx, written),
    // It queues jobs only for the posts it writes, and finds these written.
    "these jobs: schedule the imported scheduled drafts' publishing in the admin",
  )
  if (!without.redirects) {
    const targets = written.map((p) => ({
      id: ctx.postIds.get(p.item.sourceKey)!,
      legacyPath: p.item.legacyPath,
      sourceKey: p.item.sourceKey,
    }))
    await stage("the redirects from the posts' old addresses were not all written", () =>
      ensureRedirects(ctx, targets),
    )
  }
  const linksOf = new Map(plan.posts.map((p) => [p.item.sourceKey, p.item.links]))
  const events = await stage('the events the posts announce were not all written', () =>
    writeEvents(ctx, plan.events, { fileOf, linksOf }, () => args.onProgress?.(1)),
  )
  const changed = { events: changedIds(events.actions, events.ids), posts: changedIds(actions, ctx.postIds) }
  return { actions, changed, errors, eventActions: events.actions, media: media.counts }
}
