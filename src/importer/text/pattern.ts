/**
 * Builds regular expressions from word lists, so long alternations stay readable and within the
 * line length instead of living in one unbroken literal.
 */

/** `(?:a|b|c)` from regex fragments (not escaped: fragments may use regex syntax). */
export const anyOf = (...fragments: string[]): string => `(?:${fragments.join('|')})`

/** `(?:a|b|c)` from space-separated lists of words (several lists keep lines short). */
export const anyWord = (...lists: string[]): string =>
  anyOf(...lists.flatMap((words) => words.trim().split(/\s+/)))

/** Escapes text for use inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
