import type { Sentence } from './types.js'

import { aboutEvent } from './words.js'

const NUMBERS: Record<string, number> = {
  eight: 8,
  five: 5,
  four: 4,
  half: 0.5,
  one: 1,
  six: 6,
  three: 3,
  two: 2,
}

/** "a one-hour webinar", "a 90-minute session", "two hour workshop", "1.5-hour talk". */
const LENGTH = new RegExp(
  String.raw`\b(one|two|three|four|five|six|eight|half|\d{1,3}(?:\.\d)?)[- ]` +
    String.raw`(hours?|hrs?|minutes?|mins?)\b(?!\s+(?:ago|later|before|after))`,
  'i',
)

/**
 * How long the event lasts, in milliseconds, when a sentence about it says ("a free one-hour
 * webinar"); undefined when none does. Only lengths from 5 minutes to 12 hours count: anything
 * else is more likely a travel time or an uptime figure than the length of the event.
 */
export const findDuration = (sentences: Sentence[]): number | undefined => {
  for (const sentence of sentences.filter(aboutEvent)) {
    const match = LENGTH.exec(sentence.text)
    if (!match) continue
    const amount = NUMBERS[match[1].toLowerCase()] ?? Number(match[1])
    const minutes = /^h/i.test(match[2]) ? amount * 60 : amount
    if (minutes >= 5 && minutes <= 12 * 60) return minutes * 60_000
  }
  return undefined
}
