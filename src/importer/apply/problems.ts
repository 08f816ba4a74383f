import type { ImportedPost } from '../types.js'

import { ImportError } from '../types.js'

/** What Payload's `ValidationError` carries: each refused field and why. */
const fieldErrors = (error: unknown): { message: string; path: string }[] => {
  const data = typeof error === 'object' && error !== null ? Reflect.get(error, 'data') : null
  const errors = typeof data === 'object' && data !== null ? Reflect.get(data, 'errors') : null
  if (!Array.isArray(errors)) return []
  return errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return []
    const path = Reflect.get(entry, 'path')
    const message = Reflect.get(entry, 'message')
    return typeof path === 'string' && typeof message === 'string' ? [{ message, path }] : []
  })
}

/** An error's first line: a driver's or a query's message can run on with the whole statement. */
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '')

/**
 * A post Payload refused, as one line for the person importing: the file and the post's line,
 * which fields and why, and what to do. The stack is for developers and stays out of it.
 */
export const refusedPost = (file: string, post: ImportedPost, error: unknown): ImportError => {
  const fields = fieldErrors(error)
  const why = fields.length
    ? fields.map(({ message, path }) => `${path}: ${message}`).join('; ')
    : error instanceof Error
      ? error.message
      : String(error)
  return new ImportError({
    file,
    line: post.line,
    message:
      `post "${post.title}" was not imported (${why}); ` +
      'correct it in the file or in the admin, then import the file again',
  })
}

/**
 * A host's `afterChange` hook that failed once the document was stored, as one warning line: the
 * document is saved, and only what the hook does (a cache refresh, a search index) is missing.
 */
export const hookWarning = (collection: string, error: unknown): string => {
  const why = firstLine(error)
  return (
    `a ${collection} afterChange hook of the app failed after the document was stored (${why}); ` +
    'it is saved, but what that hook does (a cache refresh, a search index) did not happen for it'
  )
}

/** What the database said: a failed query's error (`Failed query: insert into …`) wraps it. */
const rootCause = (error: unknown): unknown =>
  error instanceof Error && error.cause instanceof Error ? rootCause(error.cause) : error

/** The files as one line names them: the first few, and how many more. */
const namesOf = (files: string[]): string =>
  files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ')

/**
 * Runs one stage of the import's writes (products, posts, redirects…). What escapes it was not
 * refused by Payload for one post (those are reported and skipped where they are written): the
 * database failed (its connection dropped, its file stayed locked). The import stops there, with
 * one line saying what was not written (`what`). Every write is keyed (sourceKey, slug, old
 * path), so running the import again finds what was written and writes only the rest; `unlike`
 * names what a re-run does not write.
 */
export const writeStage = async <T>(
  stage: { files: string[]; unlike?: string; what: string },
  write: () => Promise<T>,
): Promise<T> => {
  try {
    return await write()
  } catch (error) {
    if (error instanceof ImportError) throw error
    const again = 'run it again, it writes only what is missing'
    throw new ImportError({
      file: namesOf(stage.files),
      message:
        `${stage.what} (${firstLine(rootCause(error))}); the import stopped there: ` +
        (stage.unlike ? `${again}, except ${stage.unlike}` : again),
    })
  }
}
