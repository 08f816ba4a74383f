import type { Payload } from 'payload'

import type { MediaSource } from '../../media/source/index.js'
import type { ImportedMedia, ImportedPost, ImportWarning } from '../../types.js'
import type { StoredMedia } from './stored.js'

import { databaseAnswers } from '../createOrAdopt.js'
import { createMedia } from './create.js'
import { findStoredMedia } from './stored.js'

/** What the media stage did: the report's counts, and each file's document by key. */
export interface MediaOutcome {
  counts: MediaCounts
  stored: Map<string, StoredMedia>
}

export interface MediaCounts {
  /** Files that could not be had: their posts keep the remote URLs. */
  failed: number
  /** Files brought in by this run. */
  imported: number
  /** Files an earlier import brought in (or another import running now). */
  present: number
}

/** Files fetched and stored at once: the source keeps its own limit on downloads in flight. */
const WINDOW = 8

interface Wanted {
  entry: ImportedMedia
  file: string
  title: string
}

/** Each file once, by key, with the first post that uses it (where its warning goes). */
const wantedFiles = (posts: { file: string; post: ImportedPost }[]): Wanted[] => {
  const byKey = new Map<string, Wanted>()
  for (const { file, post } of posts) {
    for (const entry of post.media ?? []) {
      if (!byKey.has(entry.key)) byKey.set(entry.key, { entry, file, title: post.title })
    }
  }
  return [...byKey.values()]
}

const messageOf = (error: unknown): string => {
  const data = (error as { data?: { errors?: { message?: string }[] } }).data
  const details = data?.errors?.map((e) => e.message).filter(Boolean) ?? []
  return details.length > 0 ? details.join('; ') : error instanceof Error ? error.message : String(error)
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}

/**
 * The media stage: every file the written posts use gets a Media document, found by its source
 * key when an earlier import made it (nothing is downloaded), else fetched and created. A file
 * that cannot be had is one warning at its line; a host the source gave up on is one warning
 * for all its files. Nothing here throws for a file: the posts keep the remote URLs instead.
 */
export const importMedia = async (
  payload: Payload,
  args: {
    collection: string
    posts: { file: string; post: ImportedPost }[]
    /**
     * Files an earlier piece of the same run counted, by key, and whether it had them: counted
     * once per run, and a file it could not have is not tried again. @default none
     */
    seen?: Map<string, boolean>
    source: MediaSource
    warn: (file: string, warning: ImportWarning) => void
  },
): Promise<MediaOutcome> => {
  const { collection, source, warn } = args
  const seen = args.seen ?? new Map<string, boolean>()
  const all = wantedFiles(args.posts)
  const stored = await findStoredMedia(payload, collection, all.map(({ entry }) => entry.key))
  const wanted = all.filter(({ entry }) => !seen.has(entry.key))
  const counts: MediaCounts = {
    failed: 0,
    imported: 0,
    present: wanted.filter(({ entry }) => stored.has(entry.key)).length,
  }
  const missing = wanted.filter(({ entry }) => !stored.has(entry.key))
  const failures: { reason: string; wanted: Wanted }[] = []
  // Files download side by side, but are stored one at a time: a storage adapter's upload hook
  // lost files to concurrent creates (S3 on SeaweedFS), and a database takes one writer anyway.
  let queue: Promise<unknown> = Promise.resolve()
  const oneAtATime = <T>(write: () => Promise<T>): Promise<T> => {
    const next = queue.then(write, write)
    queue = next.catch(() => undefined)
    return next
  }
  const bring = async (item: Wanted): Promise<void> => {
    const fetched = await source.fetch(item.entry.url)
    if (!fetched.ok) return void failures.push({ reason: fetched.reason, wanted: item })
    const made = await oneAtATime(() => createMedia(payload, collection, item.entry, fetched.file, item.title)).catch(async (error: unknown) => {
      // Refused by the collection (its file types, a host's hook): this file's problem. A
      // database that does not answer stops the stage instead.
      if (!(await databaseAnswers(payload, collection))) throw error
      failures.push({ reason: `the media collection refused it: ${messageOf(error)}`, wanted: item })
      return null
    })
    if (!made) return
    stored.set(item.entry.key, made.stored)
    if (made.created) counts.imported += 1
    else counts.present += 1
  }
  for (let start = 0; start < missing.length; start += WINDOW) {
    await Promise.all(missing.slice(start, start + WINDOW).map(bring))
  }
  counts.failed = failures.length
  for (const { entry } of wanted) seen.set(entry.key, stored.has(entry.key))
  const givenUp = new Map(source.givenUp().map((host) => [host.host, host]))
  const told = new Set<string>()
  for (const { reason, wanted: item } of failures) {
    const host = givenUp.get(hostOf(item.entry.url))
    const { entry, file, title } = item
    if (!host) {
      const message = `"${title}": ${entry.url} was not imported (${reason}); the post keeps its remote URL`
      warn(file, { line: entry.line, message })
    } else if (!told.has(host.host)) {
      told.add(host.host)
      const files = failures.filter((f) => hostOf(f.wanted.entry.url) === host.host).length
      const message =
        `${host.host} failed again and again (${host.reason}); ${files} files from it were not ` +
        'imported and their posts keep the remote URLs: run the import again later to retry them'
      warn(file, { line: entry.line, message })
    }
  }
  return { counts, stored }
}
