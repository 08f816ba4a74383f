import { wallClock } from '../../utilities/zonedTime.js'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

const offsetAt = (timeZone: string, ms: number): number =>
  wallClock(new Date(ms), timeZone).offsetMinutes

/** `-0500`, as VTIMEZONE writes UTC offsets. */
const icalOffset = (minutes: number): string => {
  const abs = Math.abs(minutes)
  const hhmm = String(Math.floor(abs / 60) * 100 + (abs % 60)).padStart(4, '0')
  return `${minutes < 0 ? '-' : '+'}${hhmm}`
}

/** `YYYYMMDDTHHMMSS` of a UTC-based millisecond value, printed without a zone. */
const icalLocal = (ms: number): string =>
  new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')

// Time zone data does not change while the process runs, so each zone-year is searched once.
const searched = new Map<string, number[]>()

/** The instants, to the minute, in a year at which the zone's UTC offset changes. */
const transitionsIn = (timeZone: string, year: number): number[] => {
  const key = `${timeZone} ${year}`
  const cached = searched.get(key)
  if (cached) return cached
  const found: number[] = []
  const end = Date.UTC(year + 1, 0, 1)
  let before = offsetAt(timeZone, Date.UTC(year, 0, 1))
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    const after = offsetAt(timeZone, day + DAY)
    if (after !== before) {
      // Zones change offset at most once a day, so a binary search inside the day finds it.
      let lo = day / MINUTE
      let hi = (day + DAY) / MINUTE
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2)
        if (offsetAt(timeZone, mid * MINUTE) === before) lo = mid
        else hi = mid
      }
      found.push(hi * MINUTE)
    }
    before = after
  }
  searched.set(key, found)
  return found
}

/** A year's standard offset: the smaller of midwinter's and midsummer's, in either hemisphere. */
const standardOffset = (timeZone: string, year: number): number =>
  Math.min(offsetAt(timeZone, Date.UTC(year, 0, 1)), offsetAt(timeZone, Date.UTC(year, 6, 1)))

const observance = (
  timeZone: string,
  onset: number,
  offsetFrom: number,
  offsetTo: number,
): string => {
  const year = new Date(onset).getUTCFullYear()
  const kind = offsetTo > standardOffset(timeZone, year) ? 'DAYLIGHT' : 'STANDARD'
  return [
    `BEGIN:${kind}`,
    // RFC 5545: an observance's DTSTART is local time in the offset in force before it.
    `DTSTART:${icalLocal(onset + offsetFrom * MINUTE)}`,
    `TZOFFSETFROM:${icalOffset(offsetFrom)}`,
    `TZOFFSETTO:${icalOffset(offsetTo)}`,
    `END:${kind}`,
  ].join('\r\n')
}

/**
 * A VTIMEZONE for an IANA zone from the runtime's own time zone data (Intl), so no zone database
 * ships with the plugin. It lists every offset change from `fromYear` to `toYear` as its own
 * observance rather than a yearly rule: rules change (the US moved its DST dates in 2007) and an
 * old event must be read with the rules of its own year.
 */
export const vtimezone = (timeZone: string, fromYear: number, toYear: number): string => {
  const from = Date.UTC(fromYear, 0, 1)
  const first = offsetAt(timeZone, from)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, observance(timeZone, from, first, first)]
  for (let year = fromYear; year <= toYear; year++) {
    for (const at of transitionsIn(timeZone, year)) {
      lines.push(observance(timeZone, at, offsetAt(timeZone, at - MINUTE), offsetAt(timeZone, at)))
    }
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
