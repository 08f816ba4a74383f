import type { Sentence } from './types.js'

import { anyOf } from '../../text/pattern.js'

const EVENT = anyOf(
  'seminars?',
  'webinars?',
  'web ?seminars?',
  'webcasts?',
  'conferences?',
  'summits?',
  'workshops?',
  'meet-?ups?',
  'expos?',
  'trade ?shows?',
  'keynotes?',
  'user groups?',
)

/** Words that name an event; a post announces one when such a word meets a date. */
export const EVENT_WORD = new RegExp(`\\b${EVENT}\\b`, 'i')

const VIRTUAL = 'virtual (?:event|conference|summit|meetup|workshop|seminar|expo|trade ?show)s?'
/** Signs that an event happens on the web; registering online says nothing about the venue. */
const ONLINE = new RegExp(
  `\\b${anyOf(
    'webinars?',
    'web ?seminars?',
    'webcasts?',
    '(?<!(?:register|registration|sign up|signup) )online(?! registration)',
    VIRTUAL,
    'live ?stream(?:ed|ing)?',
  )}\\b`,
  'i',
)

/**
 * Ways a text says attendance costs nothing. "is free" alone is not enough: software "is free
 * from this problem" or "free software" are no promise about the event.
 */
const FREE = new RegExp(
  `\\b${anyOf(
    'free (?:for|to) (?:attend|attendees|all|everyone|participants|registered)',
    'free of charge',
    'free (?:admission|entry|registration)',
    '(?:admission|entry|registration|attendance) is free',
    'at no (?:cost|charge)',
    'no charge',
    'complimentary (?:admission|registration|pass)',
    '(?:is|are) (?:completely |totally )?free(?! from| software)\\b',
    // "a free one-hour webinar": a word or two may describe the event between.
    'free (?:(?!software\\b)[\\w-]+ ){0,2}' +
      '(?:seminar|webinar|event|workshop|conference|meetup|webcast)s?',
  )}`,
  'i',
)

/** Words that show a sentence is about attending, so its "free" is about the event. */
const ATTENDANCE = /\b(?:attend\w*|admission|registration|register|entry|tickets?|join)\b/i

/** Sentences that talk about the event: they name an event word or attendance. */
export const aboutEvent = (sentence: Sentence): boolean =>
  EVENT_WORD.test(sentence.text) || ATTENDANCE.test(sentence.text)

export const isOnline = (sentences: Sentence[]): boolean =>
  sentences.some((sentence) => aboutEvent(sentence) && ONLINE.test(sentence.text))

export const isFree = (sentences: Sentence[]): boolean =>
  sentences.some((sentence) => aboutEvent(sentence) && FREE.test(sentence.text))
