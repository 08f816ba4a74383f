import type { NewsroomDoc } from '../utilities/findDocs.js'

/**
 * The fields of an event that calendars and JSON-LD read: the calendar selects exactly these, and
 * their types are the ones `payload-types.ts` derives from the events collection.
 */
export const eventDocSelect = {
  allDay: true,
  attendanceMode: true,
  calendarSequence: true,
  createdAt: true,
  currency: true,
  description: true,
  endsAt: true,
  endsAt_tz: true,
  isFree: true,
  location: true,
  onlineUrl: true,
  organizer: true,
  price: true,
  registrationUrl: true,
  slug: true,
  speakers: true,
  startsAt: true,
  startsAt_tz: true,
  status: true,
  title: true,
  updatedAt: true,
} as const

export type EventDoc = Pick<NewsroomDoc<'events'>, 'id' | keyof typeof eventDocSelect>
