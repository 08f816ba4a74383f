import type { Timezone } from 'payload'

/**
 * Every IANA zone the runtime knows, plus UTC: imported events carry the blog's zone (`--tz`),
 * which may be any of them, and Payload's short default list would refuse most.
 */
const eventTimezones: Timezone[] = ['UTC', ...Intl.supportedValuesOf('timeZone')]
  .filter((zone, index, all) => all.indexOf(zone) === index)
  .map((zone) => ({ label: zone.replace(/_/g, ' '), value: zone }))

export const eventTimezoneConfig = { defaultTimezone: 'UTC', supportedTimezones: eventTimezones }
