import type { ServerComponentProps } from 'payload'

import React from 'react'

import type { EventDoc } from '../events/eventDoc.js'

import { renderCalendar } from '../events/ical/renderCalendar.js'
import { newsroomOptions } from '../utilities/newsroomOptions.js'
import { relationId } from '../utilities/relationId.js'
import { adminLink } from './adminLink.js'
import { heading, muted, panel } from './styles.js'

/** The VEVENT block only: the calendar wrapper and time zones are noise in a preview. */
const veventOf = (ics: string): string => {
  const start = ics.indexOf('BEGIN:VEVENT')
  const end = ics.indexOf('END:VEVENT')
  return start >= 0 && end > start ? ics.slice(start, end + 'END:VEVENT'.length) : ics
}

/** An event's announcement post, and its entry as calendar apps will see it. */
export const EventOverview = async ({ data, id, payload }: ServerComponentProps) => {
  const options = newsroomOptions(payload)
  const announcementId = data?.announcement ? relationId(data.announcement) : undefined
  const announcement = announcementId
    ? await payload.findByID({ collection: options.slugs.posts, depth: 0, disableErrors: true, draft: true, id: announcementId })
    : null
  const preview = id && data?.startsAt ? veventOf(renderCalendar([{ ...data, id } as EventDoc], options, 'Preview')) : null
  return (
    <div className="newsroom-event-overview">
      <section aria-label="Announcement" style={panel}>
        <h4 style={heading}>Announcement</h4>
        {announcement ? (
          <a href={adminLink(payload, options.slugs.posts, announcement.id)}>{String(announcement.title)}</a>
        ) : (
          <p style={muted}>No post announces this event.</p>
        )}
      </section>
      {preview && (
        <section aria-label="Calendar entry" style={panel}>
          <h4 style={heading}>Calendar entry</h4>
          <pre style={{ fontSize: '0.75rem', margin: 0, overflowX: 'auto', whiteSpace: 'pre-wrap' }}>{preview}</pre>
        </section>
      )}
    </div>
  )
}
