/** A wall-clock reading of an instant in an IANA time zone, with that zone's UTC offset then. */
export interface WallClock {
  day: number
  hour: number
  minute: number
  month: number
  offsetMinutes: number
  second: number
  year: number
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      second: '2-digit',
      timeZone,
      timeZoneName: 'longOffset',
      year: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

// 'GMT-04:00', 'GMT+05:30', or plain 'GMT' at offset zero.
const parseOffset = (name: string): number => {
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** Reads `instant` in `timeZone` from the runtime's own time zone data (Intl). */
export const wallClock = (instant: Date, timeZone: string): WallClock => {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value
  return {
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    month: Number(parts.month),
    offsetMinutes: parseOffset(parts.timeZoneName ?? 'GMT'),
    second: Number(parts.second),
    year: Number(parts.year),
  }
}

/** False for a name the runtime's time zone data does not know. */
export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** A wall-clock time to place in a zone; what is left out is zero. */
export interface LocalTime {
  day: number
  hour?: number
  millisecond?: number
  minute?: number
  month: number
  second?: number
  year: number
}

// Date.UTC rolls fields over (day 32 is the next month's 1st), which callers rely on.
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

/**
 * Minutes the zone is ahead of UTC at an instant (ms). Derived from the wall clock rather than
 * the offset's name, so pre-1900 local mean times (offsets with seconds) stay exact.
 */
export const offsetMinutes = (instant: number, timeZone: string): number => {
  const date = new Date(instant)
  const clock = wallClock(date, timeZone)
  return (asUtc({ ...clock, millisecond: date.getUTCMilliseconds() }) - instant) / 60_000
}

/** The instant (ms) of a wall-clock time in a zone; a second pass settles DST transitions. */
export const zonedTimeToUtc = (time: LocalTime, timeZone: string): number => {
  const wall = asUtc(time)
  const first = wall - offsetMinutes(wall, timeZone) * 60_000
  return wall - offsetMinutes(first, timeZone) * 60_000
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0')

/** `YYYY-MM-DD` of a calendar day. */
export const formatDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** Parses `YYYY-MM-DD` into numbers. */
export const parseDate = (date: string): { day: number; month: number; year: number } => {
  const [year, month, day] = date.split('-').map(Number)
  return { day, month, year }
}

/** `YYYY-MM-DD`. */
export const isoDate = (clock: WallClock): string => formatDate(clock.year, clock.month, clock.day)

/** `YYYY-MM-DDTHH:mm:ss`, without an offset: a local (floating) time. */
export const isoLocalDateTime = (clock: WallClock): string =>
  `${isoDate(clock)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`

/** `+HH:MM` / `-HH:MM`, as ISO 8601 and schema.org write an offset. */
export const isoOffset = (offsetMinutes: number): string => {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** The calendar day `days` after a `YYYY-MM-DD` day. */
export const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
