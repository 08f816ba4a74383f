import type { Field, FieldHook } from 'payload'

import type { EventDoc } from '../../../src/events/eventDoc.js'

/**
 * Counts the saves of an event after the first, whatever a client sends. Calendars publish it as
 * SEQUENCE (RFC 5545), which must grow with every revision for calendar apps to take the newer
 * copy. A count of versions would not do: old versions are pruned (`maxPerDoc`), so it stalls.
 */
const nextSequence: FieldHook<EventDoc, number> = ({ operation, originalDoc }) =>
  operation === 'update' ? (originalDoc?.calendarSequence ?? 0) + 1 : 0

export const calendarSequenceField = (): Field => ({
  name: 'calendarSequence',
  type: 'number',
  admin: {
    description: 'Saves since the event was created; calendar apps use it to spot changes.',
    position: 'sidebar',
    readOnly: true,
  },
  defaultValue: 0,
  hooks: { beforeChange: [nextSequence] },
  label: 'Calendar revision',
})
