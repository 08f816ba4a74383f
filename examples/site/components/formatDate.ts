/**
 * A date as readers see it, in the given zone (an event's own) or UTC, so the server's and the
 * browser's renderings agree.
 */
export const formatDate = (iso: string, args: { timeZone?: string; withTime?: boolean } = {}): string =>
  new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    timeStyle: args.withTime ? 'short' : undefined,
    timeZone: args.timeZone ?? 'UTC',
    timeZoneName: args.withTime ? 'short' : undefined,
  }).format(new Date(iso))
