import type { Unit } from './types.js'

/** "•" (normalised from "·" and friends), "-" or "*", then the item. */
const BULLET = /^[•\-*]\s+(\S.*)$/
/** "1. Item" or "1) Item": only a list when two or more follow each other (see blocks.ts). */
const ORDERED = /^(\d{1,2})[.)]\s+(\S.*)$/

/** Lines shorter than this are never treated as wrapped prose. */
const WRAP_WIDTH = 60

const toUnit = (text: string, line: number): Unit => {
  const bullet = BULLET.exec(text)
  if (bullet) return { kind: 'bullet', line, raw: text, text: bullet[1] }
  const ordered = ORDERED.exec(text)
  if (ordered)
    return { kind: 'ordered', line, number: Number(ordered[1]), raw: text, text: ordered[2] }
  return { kind: 'text', line, raw: text, text }
}

/**
 * A long line that stops mid-sentence, followed directly by a line starting in lower case, was
 * wrapped by whatever saved the page; anything else on its own line is its own paragraph.
 */
const continues = (previous: Unit, next: string): boolean =>
  previous.raw.length >= WRAP_WIDTH && !/[.!?:;"”)…]$/.test(previous.raw) && /^[a-z]/.test(next)

/** Adds a content line to a post's units; `adjacent` is true when no blank line came between. */
export const appendLine = (units: Unit[], text: string, line: number, adjacent: boolean): void => {
  const previous = units.at(-1)
  if (previous && adjacent && continues(previous, text)) {
    previous.raw = `${previous.raw} ${text}`
    previous.text = `${previous.text} ${text}`
    return
  }
  units.push(toUnit(text, line))
}
