import type { MediaCounts } from './apply/media/index.js'
import type {
  CatalogueProduct,
  ImportedEvent,
  ImportedPost,
  ImportWarning,
  ParsedFile,
  PostStatus,
} from './types.js'

import { append } from './append.js'
import { summariseProducts } from './extract/products.js'

/** What the import did (or would do) with a post. */
export type ImportAction = 'create' | 'kept-edited' | 'unchanged' | 'update'

/** The `--json` report: the shape is part of the command line's contract. */
export interface ImportReport {
  events: {
    allDay: boolean
    announcementSourceKey: string
    city: string | null
    endsAt: string
    isFree: boolean
    online: boolean
    speakers: { affiliation: string | null; name: string }[]
    startsAt: string
    timezone: string
    title: string
    venue: string | null
  }[]
  files: {
    events: number
    format: string
    path: string
    posts: number
    warnings: ImportWarning[]
  }[]
  posts: {
    action: ImportAction | null
    categories: string[]
    links: string[]
    products: string[]
    publishedAt: string
    slug: string
    sourceKey: string
    status: PostStatus
    text: string
    title: string
    titleDerived: boolean
  }[]
  products: { mentions: number; name: string; slug: string }[]
  /** The posts' files: brought in, already there, failed; null in a dry run or with media import off. */
  media: MediaCounts | null
}

export interface ReportOptions {
  /** What apply did with each post, by sourceKey; leave out for a dry run (actions are null). */
  actions?: Map<string, ImportAction> | Record<string, ImportAction>
  catalogue: CatalogueProduct[]
  media?: MediaCounts | null
}

const actionOf = (actions: ReportOptions['actions'], sourceKey: string): ImportAction | null =>
  (actions instanceof Map ? actions.get(sourceKey) : actions?.[sourceKey]) ?? null

type ReportPost = ImportReport['posts'][number]

const eventLine = (event: ImportedEvent): ImportReport['events'][number] => ({
  allDay: event.allDay,
  announcementSourceKey: event.announcementSourceKey,
  city: event.city ?? null,
  endsAt: event.endsAt,
  isFree: event.isFree,
  online: event.online,
  speakers: event.speakers.map(({ affiliation, name }) => ({ affiliation: affiliation ?? null, name })),
  startsAt: event.startsAt,
  timezone: event.timezone,
  title: event.title,
  venue: event.venue ?? null,
})

const postLine = (post: ImportedPost): Omit<ReportPost, 'action'> => ({
  categories: post.categories,
  links: post.links,
  products: post.mentions.map(({ product }) => product),
  publishedAt: post.publishedAt,
  slug: post.slug,
  sourceKey: post.sourceKey,
  status: post.status ?? 'published',
  text: post.text,
  title: post.title,
  titleDerived: post.titleDerived,
})

/**
 * The report, built as an import goes: a line per post and event as each piece is parsed (what
 * the report shows of them, not the posts), the files as each is done, the actions at the end.
 */
export const createReport = (catalogue: CatalogueProduct[]) => {
  const events: ImportReport['events'] = []
  const files: ImportReport['files'] = []
  const posts: Omit<ReportPost, 'action'>[] = []
  const mentions = new Map<string, number>()
  return {
    addFile: (file: ImportReport['files'][number]) => files.push(file),
    addPiece: (piece: Pick<ParsedFile, 'events' | 'posts'>) => {
      append(events, piece.events.map(eventLine))
      append(posts, piece.posts.map(postLine))
      for (const { mentions: count, slug } of summariseProducts(piece.posts, catalogue)) {
        mentions.set(slug, (mentions.get(slug) ?? 0) + count)
      }
    },
    build: (options: Omit<ReportOptions, 'catalogue'> = {}): ImportReport => ({
      events,
      files,
      posts: posts.map((post) => ({ action: actionOf(options.actions, post.sourceKey), ...post })),
      media: options.media ?? null,
      products: catalogue.map(({ name, slug }) => ({ mentions: mentions.get(slug) ?? 0, name, slug })),
    }),
  }
}

/** Builds the `--json` report from parsed files. */
export const buildReport = (files: ParsedFile[], options: ReportOptions): ImportReport => {
  const report = createReport(options.catalogue)
  for (const file of files) {
    report.addPiece(file)
    report.addFile({
      events: file.events.length,
      format: file.format,
      path: file.path,
      posts: file.posts.length,
      warnings: file.warnings,
    })
  }
  return report.build(options)
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** The readable summary printed without `--json`: per file, its counts and warnings by line. */
export const formatReport = (report: ImportReport): string => {
  const lines: string[] = []
  for (const file of report.files) {
    const counts = [
      plural(file.posts, 'post'),
      plural(file.events, 'event'),
      plural(file.warnings.length, 'warning'),
    ]
    lines.push(`${file.path} (${file.format}): ${counts.join(', ')}`)
    for (const warning of file.warnings) lines.push(`  line ${warning.line}: ${warning.message}`)
  }
  const actions = new Map<string, number>()
  for (const post of report.posts) {
    if (post.action) actions.set(post.action, (actions.get(post.action) ?? 0) + 1)
  }
  const done = [...actions].map(([action, count]) => `${count} ${action}`).join(', ')
  lines.push(`Posts: ${report.posts.length}${done ? ` (${done})` : ' (dry run)'}`)
  if (report.media) {
    const { failed, imported, present } = report.media
    lines.push(`Media: ${imported} imported, ${present} already present, ${failed} failed`)
  }
  for (const event of report.events) {
    const where = event.online ? 'online' : [event.venue, event.city].filter(Boolean).join(', ')
    lines.push(`Event: ${event.title}, ${event.startsAt.slice(0, 10)}${where ? `, ${where}` : ''}`)
  }
  const mentioned = report.products
    .filter(({ mentions }) => mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || a.slug.localeCompare(b.slug))
  if (mentioned.length > 0) {
    lines.push(
      `Products: ${mentioned.map(({ mentions, slug }) => `${slug} (${mentions})`).join(', ')}`,
    )
  }
  return lines.join('\n')
}
