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
  const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]
  return (
    `a ${collection} afterChange hook of the app failed after the document was stored (${why}); ` +
    'it is saved, but what that hook does (a cache refresh, a search index) did not happen for it'
  )
}
