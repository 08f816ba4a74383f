import { formatDate } from '../../../utilities/zonedTime.js'

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')

const WEEKDAYS = 'sun mon tue wed thu fri sat'.split(' ')

const MONTH_NAMES = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
]
const MONTH = `(${MONTH_NAMES.join('|')})\\.?`
const WEEKDAY = '(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'

/** "Friday, September 22, 2006", "Aug 15, 2006", "Sept. 5th 2006". */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})$`, 'i')
/** "Friday, 22 September 2006", "22 Sep 2006". */
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH},?\\s+(\\d{4})$`, 'i')
/** "2006-09-22". */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
/** "9/22/2006", Blogger's numeric form (month first unless the first number cannot be a month). */
const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

export interface DateHeader {
  /** `YYYY-MM-DD`. */
  date: string
  /** The weekday the header names, when it names one and it is wrong for the date. */
  wrongWeekday?: string
}

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

const build = (year: number, month: number, day: number, weekday?: string): DateHeader | null => {
  const utc = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null
  const date = formatDate(year, month, day)
  if (!weekday) return { date }
  const named = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase())
  return named === utc.getUTCDay() ? { date } : { date, wrongWeekday: weekday }
}

/** Reads a line that is nothing but a date, as blogs print above each day's posts. */
export const parseDateHeader = (line: string): DateHeader | null => {
  if (line.length > 40) return null
  let match = MONTH_FIRST.exec(line)
  if (match) return build(Number(match[4]), monthIndex(match[2]), Number(match[3]), match[1])
  match = DAY_FIRST.exec(line)
  if (match) return build(Number(match[4]), monthIndex(match[3]), Number(match[2]), match[1])
  match = ISO.exec(line)
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]))
  match = NUMERIC.exec(line)
  if (!match) return null
  const [first, second] = [Number(match[1]), Number(match[2])]
  return first > 12
    ? build(Number(match[3]), second, first)
    : build(Number(match[3]), first, second)
}
