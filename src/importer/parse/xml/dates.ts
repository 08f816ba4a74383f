import { offsetMinutes, zonedTimeToUtc } from '../../../utilities/zonedTime.js'

/** An instant as the source gave it: ISO 8601 in UTC, and the UTC offset it was written in. */
export interface SourceTime {
  iso: string
  /** `+HH:MM` or `-HH:MM`. */
  offset: string
  /** True when the source gave no zone and the blog's zone was assumed. */
  zoneAssumed?: boolean
}

const pad = (value: number): string => String(value).padStart(2, '0')

export const formatOffset = (minutes: number): string =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`

interface WallTime {
  day: number
  hour: number
  millisecond?: number
  minute: number
  month: number
  second: number
  year: number
}

const valid = (time: WallTime): boolean => {
  const date = new Date(Date.UTC(time.year, time.month - 1, time.day))
  return (
    time.year > 0 &&
    date.getUTCMonth() === time.month - 1 &&
    date.getUTCDate() === time.day &&
    time.hour < 24 &&
    time.minute < 60 &&
    time.second < 61
  )
}

/** A wall time at a fixed offset, or in the blog's zone when the source named none. */
const toSourceTime = (
  time: WallTime,
  offset: number | undefined,
  zone: string,
): SourceTime | null => {
  if (!valid(time)) return null
  const { day, hour, millisecond = 0, minute, month, second, year } = time
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  if (offset !== undefined) {
    return { iso: new Date(wall - offset * 60_000).toISOString(), offset: formatOffset(offset) }
  }
  const instant = zonedTimeToUtc(time, zone)
  const assumed = formatOffset(offsetMinutes(instant, zone))
  return { iso: new Date(instant).toISOString(), offset: assumed, zoneAssumed: true }
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/** Atom's RFC 3339 (`2006-09-22T16:14:00.000-07:00`); also WordPress's `2006-09-22 16:14:00`. */
export const parseIsoTime = (value: string, zone: string): SourceTime | null => {
  const match = ISO.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match
  const time = {
    day: +day,
    hour: +hour,
    millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
    minute: +minute,
    month: +month,
    second: +second,
    year: +year,
  }
  if (!offset) return toSourceTime(time, undefined, zone)
  if (/^z$/i.test(offset)) return toSourceTime(time, 0, zone)
  const digits = offset.replace(':', '')
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))
  return toSourceTime(time, digits.startsWith('-') ? -minutes : minutes, zone)
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')

/** RFC 822 zone names; military letters are too ambiguous in practice and count as absent. */
const ZONES: Record<string, number> = {
  CDT: -300,
  CST: -360,
  EDT: -240,
  EST: -300,
  GMT: 0,
  MDT: -360,
  MST: -420,
  PDT: -420,
  PST: -480,
  UT: 0,
  UTC: 0,
  Z: 0,
}

const RFC822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?$/i

/** RSS's RFC 822 dates (`Fri, 22 Sep 2006 16:14:00 -0700`), two-digit years included. */
export const parseRfc822Time = (value: string, zone: string): SourceTime | null => {
  const match = RFC822.exec(value.trim())
  if (!match) return null
  const [, day, monthName, rawYear, hour, minute, second = '0', offset] = match
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1
  const twoDigits = rawYear.length === 2 ? Number(rawYear) : undefined
  const year = twoDigits === undefined ? +rawYear : twoDigits + (twoDigits < 50 ? 2000 : 1900)
  const time = { day: +day, hour: +hour, minute: +minute, month, second: +second, year }
  if (month === 0) return null
  if (offset && /^[+-]/.test(offset)) {
    const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5))
    return toSourceTime(time, offset.startsWith('-') ? -minutes : minutes, zone)
  }
  return toSourceTime(time, offset ? ZONES[offset.toUpperCase()] : undefined, zone)
}

/** The local wall date (`YYYY-MM-DD`) of a source time, in the offset it was written in. */
export const localDateOf = (time: { iso: string; offset: string }): string => {
  const sign = time.offset.startsWith('-') ? -1 : 1
  const [hours, minutes] = time.offset.slice(1).split(':').map(Number)
  const shifted = Date.parse(time.iso) + sign * (hours * 60 + minutes) * 60_000
  return new Date(shifted).toISOString().slice(0, 10)
}

/**
 * The Unix epoch, which tools write for a date they never had (WordPress's `pubDate` of a post
 * whose GMT date is zero). No blog post is from 1 January 1970 at midnight UTC.
 */
export const isPlaceholderTime = (time: { iso: string }): boolean =>
  Date.parse(time.iso) === 0
