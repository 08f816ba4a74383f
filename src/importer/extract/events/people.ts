import type { ImportedSpeaker } from '../../types.js'
import type { Sentence } from './types.js'

import { anyOf, anyWord } from '../../text/pattern.js'

const SPEAKING_STEM = anyWord('speak talk present keynote panel hear featur host moderat join')
/** Sentences that introduce speakers. */
const SPEAKING = new RegExp(`\\b${SPEAKING_STEM}\\w*|\\b(?:including|led by)\\b`, 'i')

const CAPITALISED = "[A-Z][a-z'’-]+"
const PARTICLE = anyWord('van von de der del da di le la du')
/** A person: two or three capitalised words, perhaps with an initial or a particle. */
const NAME = [
  CAPITALISED,
  '(?:\\s+[A-Z]\\.)?',
  `(?:\\s+${PARTICLE}){0,2}`,
  "\\s+[A-Z][A-Za-z'’-]+",
  `(?:\\s+${CAPITALISED})?`,
].join('')

/** Words that end an organisation's name: "Arvato mobile, who will talk" → "Arvato mobile". */
const ORG_END = anyWord('who which that and will to about on at in is was has for with')
const ORG_WORD = "[\\w&.'’-]+"
/** An organisation: from a capital up to the punctuation or word that ends the phrase. */
const ORG = `[A-Z]${ORG_WORD}(?:\\s+(?!${ORG_END}\\b)${ORG_WORD}){0,5}`

const TITLE_WORD = anyWord(
  'Officer President Director Manager Architect Engineer Analyst Founder Evangelist Head',
  'Lead Leader Chair Editor Consultant Administrator Scientist Fellow Strategist',
)
const ROLE = anyOf('[A-Z]{2,5}', `(?:[A-Z][a-z]+\\s+)*${TITLE_WORD}`)

/** "Lukas Loesche from Arvato mobile", "Jane Doe of Acme". */
const FROM = new RegExp(`(${NAME})\\s+(?:from|of)\\s+(${ORG})`, 'g')
/** "Jane Doe, CTO of Acme", "Jane Doe, Senior Architect at Acme". */
const ROLE_AT = new RegExp(`(${NAME}),\\s+(?:the\\s+)?(${ROLE})\\s+(?:of|at|from)\\s+(${ORG})`, 'g')

/** Capitalised words that start sentences or phrases, never a first name. */
const NOT_A_NAME = new RegExp(
  `^${anyWord(
    'The This That These Those Our Your Their His Her Its A An In On At For With From And But',
    'Or If When Experts Users Speakers Attendees Join Meet Hear',
  )}\\b`,
)

const clean = (org: string): string => org.replace(/[.,;:]+$/, '').trim()

/** Speakers the text introduces, once each, in order. */
export const findSpeakers = (sentences: Sentence[]): ImportedSpeaker[] => {
  const speakers = new Map<string, ImportedSpeaker>()
  for (const { text } of sentences.filter((sentence) => SPEAKING.test(sentence.text))) {
    for (const match of text.matchAll(ROLE_AT)) {
      if (NOT_A_NAME.test(match[1]) || speakers.has(match[1])) continue
      speakers.set(match[1], { affiliation: clean(match[3]), name: match[1], role: match[2] })
    }
    for (const match of text.matchAll(FROM)) {
      if (NOT_A_NAME.test(match[1]) || speakers.has(match[1])) continue
      speakers.set(match[1], { affiliation: clean(match[2]), name: match[1] })
    }
  }
  return [...speakers.values()]
}

const PROPER_NOUNS = "[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*)*"
const HOSTED = anyOf('sponsored', 'organi[sz]ed', 'hosted', 'presented', 'run', 'put on')
const BY = new RegExp(`\\b${HOSTED} by\\s+(?:the\\s+)?(${PROPER_NOUNS})`)
const HOSTING = anyOf('sponsoring', 'hosting', 'organi[sz]ing', 'holding', 'running', 'presenting')
const SUBJECT = new RegExp(`^(.+?)\\s+(?:is|are)\\s+${HOSTING}\\b`)
const PRONOUN = /^(?:We|I|They|The|You|It)$/

/** Who puts the event on: "sponsored by X", or "X is hosting a webinar". */
export const findOrganizer = (sentences: Sentence[]): string | undefined => {
  for (const { text } of sentences) {
    const by = BY.exec(text)?.[1]
    if (by) return clean(by)
    const subject = SUBJECT.exec(text)?.[1]
    // "The publishers of SearchServerVirtualization": the proper noun at the end is the name.
    const name = subject?.match(new RegExp(PROPER_NOUNS, 'g'))?.at(-1)
    if (name && !PRONOUN.test(name)) return clean(name)
  }
  return undefined
}

const MEANT = anyWord('intended designed aimed geared targeted tailored meant ideal')
const AUDIENCE_END = `(?=\\s+${anyWord('who that which wanting looking interested')}\\b|[,.;:!?]|$)`
const AUDIENCE = [
  new RegExp(`\\b${MEANT}\\s+${anyWord('for at to toward towards')}\\s+(.+?)${AUDIENCE_END}`, 'i'),
  /\baudience:\s*(.+?)(?=[.;]|$)/i,
]

/** Who the event is for ("intended for IT managers who …" → "IT managers"). */
export const findAudience = (sentences: Sentence[]): string | undefined => {
  for (const { text } of sentences) {
    for (const pattern of AUDIENCE) {
      const audience = pattern.exec(text)?.[1]?.trim()
      if (audience) return audience
    }
  }
  return undefined
}
