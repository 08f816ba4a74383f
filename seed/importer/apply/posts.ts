import type { Planned } from '../plan.js'
import type { ImportedPost } from '../types.js'
import type { ApplyContext } from './context.js'

import { idOf, importContext } from './context.js'
import { createOnce } from './uniqueWrite.js'

type Mention = { context?: null | string; origin?: null | string; product: unknown }

/**
 * The post's mentions: what the scan found, minus products an editor removed, plus the ones an
 * editor added by hand. Re-imports never undo an editor.
 */
const mergeMentions = (ctx: ApplyContext, planned: Planned<ImportedPost>): Mention[] => {
  const muted = new Set((planned.existing?.mutedMentions ?? []).map(idOf))
  const byEditor = (planned.existing?.mentions ?? []).filter((m) => m.origin === 'editor')
  const taken = new Set([...muted, ...byEditor.map((m) => idOf(m.product))])
  const scanned = planned.item.mentions
    .filter((m) => ctx.productIds.has(m.product))
    .map((m) => ({ context: m.context, origin: 'scan', product: ctx.productIds.get(m.product) }))
    .filter((m) => !taken.has(idOf(m.product)))
  return [...byEditor.map((m) => ({ ...m, product: idOf(m.product) })), ...scanned]
}

/** Writes one post in a single call, so it is never half written. Returns its id. */
export const writePost = async (
  ctx: ApplyContext,
  planned: Planned<ImportedPost>,
  file: string,
): Promise<{ created: boolean; id: number | string }> => {
  const { action, existing, item } = planned
  if (existing && (action === 'unchanged' || action === 'kept-edited')) {
    return { created: false, id: existing.id }
  }
  const data = {
    _status: 'published',
    categories: item.categories.map((name) => ctx.categoryIds.get(name)).filter(Boolean),
    content: ctx.toRichText(item.html),
    excerpt: '',
    generateSlug: false,
    legacyAuthor: item.authorName,
    legacyComments: item.comments.map(({ author, text }) => ({ author, text })),
    mentions: mergeMentions(ctx, planned),
    publishedAt: item.publishedAt,
    slug: item.slug,
    source: {
      editedSinceImport: false,
      importedAt: ctx.importedAt,
      legacyUrl: item.legacyPath,
      sourceDocument: file,
      sourceHash: item.sourceHash,
      sourceKey: item.sourceKey,
    },
    title: item.title,
  }
  if (existing) {
    await ctx.payload.update({ collection: ctx.slugs.posts, context: importContext, data, id: existing.id })
    return { created: false, id: existing.id }
  }
  return createOnce(ctx.payload, {
    collection: ctx.slugs.posts,
    data,
    slugSuffix: item.publishedAt.slice(0, 10),
    sourceKey: item.sourceKey,
  })
}
