import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/**
 * The fields of an event that calendars and JSON-LD read. The plugin's collections have
 * configurable slugs, so it cannot use the host's generated types.
 */
export interface EventDoc {
  allDay?: boolean | null
  attendanceMode?: 'mixed' | 'offline' | 'online' | null
  calendarSequence?: null | number
  createdAt: string
  currency?: null | string
  description?: null | SerializedEditorState
  endsAt?: null | string
  endsAt_tz?: null | string
  id: number | string
  isFree?: boolean | null
  location?: {
    address?: null | string
    city?: null | string
    country?: null | string
    region?: null | string
    venue?: null | string
  } | null
  onlineUrl?: null | string
  organizer?: null | string
  price?: null | number
  registrationUrl?: null | string
  slug?: null | string
  speakers?: { affiliation?: null | string; name: string; role?: null | string }[] | null
  startsAt: string
  startsAt_tz?: null | string
  status?: 'cancelled' | 'movedOnline' | 'postponed' | 'rescheduled' | 'scheduled' | null
  title: string
  updatedAt: string
}
