import { normalise } from '../normalise.js'
import { ImportError } from '../types.js'
import { decodeFile, SAMPLE } from './decode.js'

/** C0 controls other than tab, LF, vertical tab, form feed and CR, plus DEL. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g

const looksBinary = (text: string): boolean => {
  const sample = text.slice(0, SAMPLE)
  if (sample.includes('\u0000')) return true
  const controls = sample.match(CONTROL)?.length ?? 0
  return controls > Math.max(2, sample.length * 0.05)
}

/** Where the text can be cut so each part ends a line: a CR at the very end may wait for its LF. */
const cutAt = (text: string): number => {
  const end = text.endsWith('\r') ? text.length - 1 : text.length
  return Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1
}

/**
 * The file's text, decoded, whole lines at a time. Refuses text that looks binary (from its
 * start) and a file with nothing but blanks (at its end), naming the file.
 */
export async function* decodedLines(path: string, encoding: string): AsyncGenerator<string> {
  let pending = ''
  // The file's first characters, until there are enough to tell text from a binary.
  let start: string | undefined = ''
  let blank = true
  const refuse = (message: string) => new ImportError({ file: path, line: 1, message })
  const binary = 'binary file, not a text capture; import a saved page, a feed or a blog export'
  for await (const chunk of decodeFile(path, encoding)) {
    pending += chunk
    if (start !== undefined) {
      start += chunk
      if (start.length >= SAMPLE) {
        if (looksBinary(start)) throw refuse(binary)
        start = undefined
      }
      // Nothing leaves before the start has been judged.
      if (start !== undefined) continue
    }
    const cut = cutAt(pending)
    if (cut === 0) continue
    const lines = pending.slice(0, cut)
    pending = pending.slice(cut)
    if (blank && /\S/.test(lines)) blank = false
    yield lines
  }
  if (start !== undefined && looksBinary(start)) throw refuse(binary)
  if (blank && pending.trim() === '') {
    throw refuse('no posts found (the file is empty); export the blog again')
  }
  if (pending) yield pending
}

/**
 * The same, normalised (`normalise.ts`): normalising works line by line, so whole lines
 * normalise as the whole file would, and every line stays where it is.
 */
export async function* fileText(path: string, encoding: string): AsyncGenerator<string> {
  for await (const lines of decodedLines(path, encoding)) yield normalise(lines)
}
