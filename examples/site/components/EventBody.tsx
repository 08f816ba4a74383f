import type { Event } from '../../../payload-types.js'

import { formatDate } from './formatDate.js'
import { RichContent } from './RichContent.js'

const when = (event: Event): string => {
  const withTime = !event.allDay
  const timeZone = event.startsAt_tz
  const start = formatDate(event.startsAt, { timeZone, withTime })
  return event.endsAt ? `${start} – ${formatDate(event.endsAt, { timeZone, withTime })}` : start
}

/**
 * An event: when and where, what it is, and an "add to calendar" link to its `.ics`. Rendered
 * on the server, or in the browser under live preview; `origin` serves its description's images.
 */
export function EventBody({ event, origin }: { event: Event; origin: string }) {
  const place = [event.location?.venue, event.location?.city, event.location?.country].filter(Boolean)
  const announcement = typeof event.announcement === 'object' ? event.announcement : null
  return (
    <article>
      <h1 data-testid="event-title">{event.title}</h1>
      <p data-testid="event-when">{when(event)}</p>
      {place.length ? <p data-testid="event-where">{place.join(', ')}</p> : null}
      {event.onlineUrl ? (
        <p>
          Online: <a href={event.onlineUrl}>{event.onlineUrl}</a>
        </p>
      ) : null}
      {event.status && event.status !== 'scheduled' ? <p className="status">Status: {event.status}</p> : null}
      <p>
        <a data-testid="add-to-calendar" download href={`/events/${event.slug}/calendar.ics`}>
          Add to calendar
        </a>
        {event.registrationUrl ? (
          <>
            {' · '}
            <a href={event.registrationUrl}>Register</a>
          </>
        ) : null}
      </p>
      {event.description ? <RichContent data={event.description} origin={origin} /> : null}
      {announcement ? (
        <p>
          Announced in <a href={`/posts/${announcement.slug}`}>{announcement.title}</a>
        </p>
      ) : null}
    </article>
  )
}
