import type { Planned } from '../plan.js'
import type { ImportAction } from '../report.js'
import type { ImportedEvent } from '../types.js'
import type { ApplyContext } from './context.js'

import { leftAsIs } from '../plan.js'
import { escapeHtml } from '../text/html.js'
import { importWrite } from './context.js'
import { createOnce } from './uniqueWrite.js'

type PlannedEvent = Planned<ImportedEvent & { sourceHash: string }>

/**
 * An event the text does not describe well enough to publish (an online event with no URL, an
 * in-person one with no place) is imported as a draft with a warning, for an editor to finish,
 * rather than failing the import or publishing something invalid.
 */
const missing = (event: ImportedEvent, onlineUrl: string | undefined): null | string => {
  if (event.online && !onlineUrl) return 'an online event with no URL'
  if (!event.online && !event.city && !event.venue) return 'an in-person event with no city or venue'
  return null
}

const writeEvent = async (
  ctx: ApplyContext,
  planned: PlannedEvent,
  file: string,
  announcementLinks: string[],
): Promise<{ created: boolean; id: number | string }> => {
  const kept = leftAsIs(planned)
  if (kept) return kept
  const { existing, item } = planned
  const onlineUrl = item.online ? announcementLinks[0] : undefined
  const problem = missing(item, onlineUrl)
  if (problem) {
    ctx.warn(file, { line: item.line, message: `"${item.title}" is ${problem}: imported as a draft to complete` })
  }
  const data = {
    _status: problem ? 'draft' : 'published',
    allDay: item.allDay,
    announcement: ctx.postIds.get(item.announcementSourceKey),
    attendanceMode: item.online ? 'online' : 'offline',
    audience: item.audience,
    description: ctx.toRichText(`<p>${escapeHtml(item.description)}</p>`),
    endsAt: item.endsAt,
    endsAt_tz: item.timezone,
    generateSlug: false,
    isFree: item.isFree,
    location: { city: item.city, country: item.country, region: item.region, venue: item.venue },
    onlineUrl,
    organizer: item.organizer,
    slug: item.slug,
    source: {
      editedSinceImport: false,
      importedAt: ctx.importedAt,
      sourceDocument: file,
      sourceHash: item.sourceHash,
      sourceKey: item.sourceKey,
    },
    speakers: item.speakers.map(({ affiliation, name, role }) => ({ affiliation, name, role })),
    startsAt: item.startsAt,
    startsAt_tz: item.timezone,
    title: item.title,
  }
  const draft = Boolean(problem)
  if (existing) {
    // `trash`: under `force` a trashed event is rewritten where it is (see `existing.ts`).
    await ctx.payload.update({ ...importWrite, collection: ctx.slugs.events, data, draft, id: existing.id, trash: true })
    return { created: false, id: existing.id }
  }
  return createOnce(ctx.payload, {
    collection: ctx.slugs.events,
    data,
    draft,
    slugSuffix: item.startsAt.slice(0, 10),
    sourceKey: item.sourceKey,
  })
}

/**
 * Every planned event whose announcement was written, in order, each pointing to its post. An
 * event whose announcement was refused has nothing to point to and is left out. `fileOf` names a
 * post's file; `linksOf` gives its links (an online event's URL may be one of them).
 */
export const writeEvents = async (
  ctx: ApplyContext,
  events: PlannedEvent[],
  posts: { fileOf: Map<string, string>; linksOf: Map<string, string[]> },
  onWritten: () => void,
): Promise<{ actions: Map<string, ImportAction>; ids: Map<string, number | string> }> => {
  const actions = new Map<string, ImportAction>()
  const ids = new Map<string, number | string>()
  for (const planned of events) {
    const announcement = planned.item.announcementSourceKey
    if (!ctx.postIds.has(announcement)) continue
    const file = posts.fileOf.get(announcement) ?? ''
    const links = posts.linksOf.get(announcement) ?? []
    const { created, id } = await writeEvent(ctx, planned, file, links)
    ids.set(planned.item.sourceKey, id)
    actions.set(planned.item.sourceKey, planned.action === 'create' && !created ? 'unchanged' : planned.action)
    onWritten()
  }
  return { actions, ids }
}
