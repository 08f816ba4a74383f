import type { ImportWarning } from '../../types.js'

import { parseDate, zonedTimeToUtc } from '../../../utilities/zonedTime.js'

const DAY = 86_400_000
const MINUTE = 60_000

export interface TimedPost {
  date: string
  /** "Posted by" time as printed ("4:14 PM"), if any. */
  time?: string
  timeLine?: number
}

/** The instants that are both on `date` in the blog's zone and on `date` in UTC. */
const window = (date: string, timeZone: string): [number, number] => {
  const { day, month, year } = parseDate(date)
  const utcStart = Date.UTC(year, month - 1, day)
  const localStart = zonedTimeToUtc({ day, month, year }, timeZone)
  const localEnd = zonedTimeToUtc({ day: day + 1, month, year }, timeZone)
  return [Math.max(utcStart, localStart), Math.min(utcStart + DAY, localEnd)]
}

const parseClock = (time: string): { hour: number; minute: number } | null => {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?/i.exec(time)
  if (!match) return null
  const meridiem = match[3]?.toLowerCase()
  let hour = Number(match[1]) % (meridiem ? 12 : 24)
  if (meridiem === 'p') hour += 12
  return { hour, minute: Number(match[2]) }
}

/** Spreads `count` instants evenly inside (low, high), latest first, on whole minutes if room. */
const spread = (high: number, low: number, count: number): number[] =>
  Array.from({ length: count }, (_, index) => {
    const exact = high - ((high - low) * (index + 1)) / (count + 1)
    const rounded = Math.round(exact / MINUTE) * MINUTE
    return (high - low) / (count + 1) >= 2 * MINUTE ? rounded : Math.round(exact)
  })

/**
 * Times for one day's posts, given newest first. A "Posted by" time is kept when it falls on the
 * header's date in UTC and keeps the order; the others are spread between their neighbours.
 */
export const assignPublishTimes = (
  posts: TimedPost[],
  timeZone: string,
  warnings: ImportWarning[],
): string[] => {
  if (posts.length === 0) return []
  const [start, end] = window(posts[0].date, timeZone)
  const { day, month, year } = parseDate(posts[0].date)
  const given: (number | null)[] = []
  let ceiling = end
  for (const post of posts) {
    const clock = post.time ? parseClock(post.time) : null
    const instant = clock ? zonedTimeToUtc({ day, month, year, ...clock }, timeZone) : null
    const fits = instant !== null && instant >= start && instant < ceiling
    if (post.time && !fits) {
      const why =
        instant !== null && instant >= start && instant < end
          ? 'breaks the order'
          : 'moves it to another UTC date'
      warnings.push({
        line: post.timeLine ?? 0,
        message: `posted time ${post.time} ${why}; a time was chosen instead`,
      })
    }
    given.push(fits ? instant : null)
    if (fits) ceiling = instant
  }
  const result = [...given]
  let index = 0
  while (index < result.length) {
    if (result[index] !== null) {
      index += 1
      continue
    }
    let stop = index
    while (stop < result.length && result[stop] === null) stop += 1
    const high = index === 0 ? end : (result[index - 1] as number)
    const low = stop < result.length ? (result[stop] as number) : start - 1
    spread(high, low, stop - index).forEach((instant, offset) => (result[index + offset] = instant))
    index = stop
  }
  return result.map((instant) => new Date(instant as number).toISOString())
}
