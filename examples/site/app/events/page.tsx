import type { Metadata } from 'next'

import { formatDate } from '../../components/formatDate.js'
import { cms } from '../../lib/cms.js'

export const metadata: Metadata = {
  description: 'Events from Newsroom, upcoming and past, each with a calendar file.',
  title: 'Events',
}

type Card = { id: string; location?: { city?: null | string }; slug: string; startsAt: string; title: string }

function EventList({ events, testId }: { events: Card[]; testId: string }) {
  if (!events.length) return <p data-testid={testId}>None.</p>
  return (
    <ul className="cards" data-testid={testId}>
      {events.map((event) => (
        <li key={event.id}>
          <h3>
            <a href={`/events/${event.slug}`}>{event.title}</a>
          </h3>
          <p className="meta">
            <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time>
            {event.location?.city ? ` · ${event.location.city}` : ''}
            {' · '}
            <a href={`/events/${event.slug}/calendar.ics`}>Add to calendar</a>
          </p>
        </li>
      ))}
    </ul>
  )
}

/** Upcoming events, soonest first, then past ones, latest first. */
export default async function EventsPage() {
  const { client } = await cms()
  const { docs } = await client.listEvents()
  // Split at render time: the cached list stays valid as "now" moves on.
  const now = Date.now()
  const ended = (event: (typeof docs)[number]) => new Date(event.endsAt ?? event.startsAt).getTime() < now
  return (
    <>
      <h1>Events</h1>
      <h2>Upcoming</h2>
      <EventList events={docs.filter((event) => !ended(event)).reverse()} testId="upcoming-events" />
      <h2>Past</h2>
      <EventList events={docs.filter(ended)} testId="past-events" />
    </>
  )
}
