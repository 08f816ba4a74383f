import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../../types.js'
import type { MediaSource } from '../../media/source/index.js'
import type { ImportPlan } from '../../plan.js'
import type { ImportedPost, ImportWarning } from '../../types.js'
import type { PostContent } from '../context.js'
import type { MediaCounts } from './index.js'
import type { StoredMedia } from './stored.js'

import { imageFallbackHtml } from '../../parse/xml/html/imageFallback.js'
import { editorTakesUploads } from '../richText.js'
import { importMedia } from './index.js'
import { withPostMedia } from './postMedia.js'
import { withUploadIds } from './uploadIds.js'

/** Whether the posts have the upload field the importer sets as their hero (Newsroom's, the template's). */
const hasHeroField = (payload: Payload, slugs: NewsroomSlugs): boolean =>
  Boolean(
    payload.collections[slugs.posts]?.config.flattenedFields.some(
      (field) => field.name === 'heroImage' && field.type === 'upload' && field.relationTo === slugs.media,
    ),
  )

/**
 * Brings the files of the posts this run writes into the media collection (posts left as they
 * are need none), then says how each post's content is written with them. Without a source
 * (media import off, or a host with no media collection) every file stays a remote URL.
 */
export const bringMedia = async (
  payload: Payload,
  args: {
    plan: ImportPlan
    /** The run's files so far (see `importMedia`). */
    seen?: Map<string, boolean>
    slugs: NewsroomSlugs
    source?: MediaSource
    warn: (file: string, warning: ImportWarning) => void
  },
  pathOf: Map<string, string>,
): Promise<{
  counts: MediaCounts | null
  postContent: (toRichText: (html: string) => Record<string, unknown>) => (post: ImportedPost) => PostContent
}> => {
  const { slugs, source } = args
  const writes = args.plan.posts.filter((p) => p.action === 'create' || p.action === 'update')
  const posts = writes.map(({ item }) => ({ file: pathOf.get(item.sourceKey) ?? '', post: item }))
  const outcome = source
    ? await importMedia(payload, { collection: slugs.media, posts, seen: args.seen, source, warn: args.warn })
    : { counts: null, stored: new Map<string, StoredMedia>() }
  const uploads = source ? await editorTakesUploads(payload, slugs.posts, slugs.media) : false
  const hero = source !== undefined && hasHeroField(payload, slugs)
  const { stored } = outcome
  return {
    counts: outcome.counts,
    postContent: (toRichText) => (post) => {
      const written = withPostMedia(post, { fallback: imageFallbackHtml, mediaSlug: slugs.media, stored, uploads })
      return {
        complete: source !== undefined && written.complete,
        content: withUploadIds(toRichText(written.html), stored),
        hero: hero ? written.hero : undefined,
      }
    },
  }
}
