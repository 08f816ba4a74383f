import type { Field } from 'payload'

/**
 * The event's own state, schema.org's `eventStatus`: not the drafts' `_status`. On Postgres both
 * would be given the enum `enum_<table>_status` (Payload drops the underscore), and the table
 * could not be created (payloadcms/payload#13144): the enum gets a name of its own, per table, so
 * a renamed collection and its versions table each get theirs.
 */
export const eventStatusField = (): Field => ({
  name: 'status',
  type: 'select',
  admin: { position: 'sidebar' },
  defaultValue: 'scheduled',
  enumName: ({ tableName }) => `enum_${tableName}_event_status`,
  options: [
    { label: 'Scheduled', value: 'scheduled' },
    { label: 'Cancelled', value: 'cancelled' },
    { label: 'Postponed', value: 'postponed' },
    { label: 'Rescheduled', value: 'rescheduled' },
    { label: 'Moved online', value: 'movedOnline' },
  ],
})
