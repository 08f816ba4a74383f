import type { Planned } from '../plan.js'
import type { ImportedPost } from '../types.js'
import type { ApplyContext } from './context.js'

import { type PostMention, mergeMentions } from '../../utilities/mergeMentions.js'
import { storedHash } from '../media/storedHash.js'
import { leftAsIs } from '../plan.js'
import { importWrite } from './context.js'
import { createOnce } from './uniqueWrite.js'

/**
 * The post's mentions: what the scan found, minus products an editor removed, plus the ones an
 * editor added by hand (the same merge as the admin's rescans). Re-imports never undo an editor.
 */
const mentionsOf = (ctx: ApplyContext, planned: Planned<ImportedPost>): PostMention[] =>
  mergeMentions({
    current: planned.existing?.mentions ?? [],
    muted: planned.existing?.mutedMentions ?? [],
    scanned: planned.item.mentions.flatMap(({ context, product }) => {
      const id = ctx.productIds.get(product)
      return id === undefined ? [] : [{ context, product: id }]
    }),
  })

/** The post document the importer writes, before Payload's hooks and defaults. */
export const postData = (ctx: ApplyContext, planned: Planned<ImportedPost>, file: string) => {
  const { item } = planned
  const written = ctx.postContent(item)
  return {
    // Only a post that was live is published now; a scheduled one waits for its job.
    _status: (item.status ?? 'published') === 'published' ? 'published' : 'draft',
    categories: item.categories.map((name) => ctx.categoryIds.get(name)).filter(Boolean),
    content: written.content,
    excerpt: '',
    generateSlug: false,
    ...(written.hero === undefined ? {} : { heroImage: written.hero }),
    legacyAuthor: item.authorName,
    legacyComments: item.comments.map(({ author, text }) => ({ author, text })),
    mentions: mentionsOf(ctx, planned),
    publishedAt: item.publishedAt,
    slug: item.slug,
    source: {
      editedSinceImport: false,
      importedAt: ctx.importedAt,
      legacyUrl: item.legacyUrl ?? item.legacyPath,
      sourceDocument: file,
      sourceHash: storedHash(item, written.complete),
      sourceKey: item.sourceKey,
    },
    title: item.title,
    visibility: item.visibility ?? 'public',
  }
}

/** Writes one post in a single call, so it is never half written. Returns its id. */
export const writePost = async (
  ctx: ApplyContext,
  planned: Planned<ImportedPost>,
  file: string,
): Promise<{ created: boolean; id: number | string }> => {
  const kept = leftAsIs(planned)
  if (kept) return kept
  const { existing, item } = planned
  const data = postData(ctx, planned, file)
  if (existing) {
    // A post keeps its slug once published: a retitled source must not move its public URL.
    const { slug: _slug, ...update } = data
    // `trash`: under `force` a trashed post is rewritten where it is (see `existing.ts`).
    await ctx.payload.update({ ...importWrite, collection: ctx.slugs.posts, data: update, id: existing.id, trash: true })
    return { created: false, id: existing.id }
  }
  return createOnce(ctx.payload, {
    collection: ctx.slugs.posts,
    data,
    slugSuffix: item.publishedAt.slice(0, 10),
    sourceKey: item.sourceKey,
  })
}
