/** A sentence of a post (or its title) with the source line it came from. */
export interface Sentence {
  line: number
  text: string
}

export interface CalendarDate {
  day: number
  month: number
  year: number
}

export interface ClockTime {
  hour: number
  minute: number
  /** Minutes ahead of UTC, when the text names a zone ("EST" → -300). */
  offset?: number
  /** IANA zone for the abbreviation the text used, when we know it. */
  zone?: string
}
