import type { City } from './cities.js'
import type { Sentence } from './types.js'

import { anyOf, anyWord, escapeRegExp } from '../../text/pattern.js'
import { CITIES } from './cities.js'

/** Every spelling of every city, longest first so "New York City" beats "New York". */
const CITY_NAMES = CITIES.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((name) => ({ entry, name })),
).sort((a, b) => b.name.length - a.name.length)

const CITY_NAME = anyOf(...CITY_NAMES.map(({ name }) => escapeRegExp(name)))
/** "in New York City", "held in Boston", or after a venue: "at the Javits Center, New York". */
const CITY_PATTERN = new RegExp(
  `(?:\\b[Ii]n|,)\\s+(?:downtown\\s+|the city of\\s+)?(${CITY_NAME})(?![\\p{L}\\p{N}])`,
  'u',
)

export const findCity = (sentences: Sentence[]): City | undefined => {
  for (const { text } of sentences) {
    const name = CITY_PATTERN.exec(text)?.[1]
    if (name) return CITY_NAMES.find((entry) => entry.name === name)?.entry
  }
  return undefined
}

/** Words that make a capitalised phrase a place to meet rather than a company or a product. */
const VENUE_WORD = new RegExp(
  `\\b${anyWord(
    'Center Centre Hotel Hall Convention Plaza Arena Auditorium Theater Theatre Building Campus',
    'University College Club Museum Library Pavilion Palace Forum Marriott Hilton Hyatt Sheraton',
    'Westin Radisson Expo Park Stadium Tower Institute Ballroom Inn Resort Messe',
  )}\\b`,
)

const VENUE_WORDS = "[A-Z0-9][\\w'’&.-]*"
const INTRODUCER = anyOf('held at', 'takes place at', 'hosted at', 'venue:?', 'at')
const JOINER = `(?:${anyWord('of the and & de on')}\\s+)?`
/** A capitalised phrase after "at": words joined by "of", "the", "and", "&" or "de". */
const VENUE_PATTERN = new RegExp(
  `\\b(${INTRODUCER})\\s+(?:the\\s+)?(${VENUE_WORDS}(?:\\s+${JOINER}${VENUE_WORDS})*)`,
  'g',
)

/** The venue: a capitalised phrase after "at" that names a building ("at the Javits Center"). */
export const findVenue = (sentences: Sentence[]): string | undefined => {
  for (const { text } of sentences) {
    for (const match of text.matchAll(VENUE_PATTERN)) {
      const phrase = match[2].replace(/[.,]+$/, '')
      if (/^\d/.test(phrase)) continue
      if (VENUE_WORD.test(phrase) || match[1].toLowerCase() !== 'at') return phrase
    }
  }
  return undefined
}
