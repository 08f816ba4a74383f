/** Date arithmetic in IANA zones with `Intl` alone, so the importer needs no date library. */

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatter = (timeZone: string): Intl.DateTimeFormat => {
  let cached = formatters.get(timeZone)
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      hour: 'numeric',
      hourCycle: 'h23',
      minute: 'numeric',
      month: 'numeric',
      second: 'numeric',
      timeZone,
      year: 'numeric',
    })
    formatters.set(timeZone, cached)
  }
  return cached
}

export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

export interface LocalTime {
  day: number
  hour?: number
  millisecond?: number
  minute?: number
  month: number
  second?: number
  year: number
}

/** Wall-clock fields of an instant in a zone. */
export const toLocal = (instant: number, timeZone: string): Required<LocalTime> => {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  )
  return {
    day: parts.day,
    hour: parts.hour,
    millisecond: new Date(instant).getUTCMilliseconds(),
    minute: parts.minute,
    month: parts.month,
    second: parts.second,
    year: parts.year,
  }
}

const asUtc = (time: LocalTime): number =>
  Date.UTC(
    time.year,
    time.month - 1,
    time.day,
    time.hour ?? 0,
    time.minute ?? 0,
    time.second ?? 0,
    time.millisecond ?? 0,
  )

/** Minutes the zone is ahead of UTC at an instant. */
export const offsetMinutes = (instant: number, timeZone: string): number =>
  (asUtc(toLocal(instant, timeZone)) - instant) / 60_000

/** The instant (ms) of a wall-clock time in a zone; a second pass settles DST transitions. */
export const zonedTimeToUtc = (time: LocalTime, timeZone: string): number => {
  const wall = asUtc(time)
  const first = wall - offsetMinutes(wall, timeZone) * 60_000
  const second = wall - offsetMinutes(first, timeZone) * 60_000
  return second
}

/** `YYYY-MM-DD` of an instant in a zone. */
export const localDate = (instant: number, timeZone: string): string => {
  const { day, month, year } = toLocal(instant, timeZone)
  return formatDate(year, month, day)
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

export const formatDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** Parses `YYYY-MM-DD` into numbers. */
export const parseDate = (date: string): { day: number; month: number; year: number } => {
  const [year, month, day] = date.split('-').map(Number)
  return { day, month, year }
}
