/**
 * The contract between the importer's stages. read → normalise → parse → extract produce a
 * `ParsedFile` with no database; plan and apply turn it into Payload writes.
 */

/** A problem in the input that the import survives; `line` is 1-based in the source file. */
export interface ImportWarning {
  line: number
  message: string
}

/** A reader's comment kept out of the post body. */
export interface ImportedComment {
  author: string
  line: number
  text: string
}

/** A product mention found in a post: the product's slug and the sentence that names it. */
export interface ImportedMention {
  context: string
  product: string
}

/** What a post is on the old blog: live, not yet, or waiting for its date. */
export type PostStatus = 'draft' | 'published' | 'scheduled'

export interface ImportedPost {
  /** Names of the post's categories ("Labels: a, b"). */
  categories: string[]
  /** The source's own slug for a category, by name (WordPress `nicename`), where it has one. */
  categorySlugs?: Record<string, string>
  comments: ImportedComment[]
  /** The body as simple, safe HTML (`p`, `ul`/`ol`/`li`, `a`, `strong`, `em`), fed to Lexical's HTML converter. */
  html: string
  /**
   * Path the post had on the old blog, e.g. `/2006/09/reinventing-the-wheel.html`; empty when it
   * never had one (a draft in an export).
   */
  legacyPath: string
  /** 1-based line of the post's first line (title or first body line) in the source file. */
  line: number
  /** Absolute URLs found in the body, in order, without duplicates. */
  links: string[]
  mentions: ImportedMention[]
  /** ISO 8601 in UTC. */
  publishedAt: string
  slug: string
  /**
   * Stable identity: document identity, date, and the title's slug or the position on that date;
   * for feeds and exports, the source's own id (`sourceId`).
   */
  sourceKey: string
  /**
   * sha256 (hex) of the normalised content: title, publishedAt, text, categories (feeds and
   * exports hash the HTML instead of the text, plus status, author, legacy URL, comments, files).
   */
  sourceHash: string
  /** The body as plain text, paragraphs (and list items) separated by a blank line. */
  text: string
  /** 1-based source line of each paragraph (or list item) of `text`, so later stages can warn. */
  textLines?: number[]
  title: string
  /** True when the source had no title and it was derived from the first sentence. */
  titleDerived: boolean
  /** Author's display name when the source says ("Posted by NAME at TIME"). */
  authorName?: string
  /** Files the source attached to the post (WordPress attachments), as the source names them. */
  attachments?: { title?: string; url: string }[]
  /** Images of the body, in order. */
  images?: { alt: string; url: string }[]
  /**
   * Every file the post uses (inline images, the featured image, attachments, thumbnails,
   * enclosures), one entry per file: the media stage makes a Media document of each. In `html`
   * an inline image is its own block, `<img src="URL" alt="ALT">`, where URL is the entry's
   * `url`; the apply stage turns it into an upload node, or back into a link to the remote URL
   * when the file could not be had (or media import is off).
   */
  media?: ImportedMedia[]
  /** Absolute URL the post had on the old blog, when the source says (exports and feeds). */
  legacyUrl?: string
  /** UTC offset the source gave `publishedAt` in, e.g. `-07:00`. */
  publishedOffset?: string
  /**
   * The source's own id for the post (Atom `id`, RSS `guid`, WordPress guid). Set only by formats
   * whose identity comes from the source; such a post may enrich one imported from a capture.
   */
  sourceId?: string
  /**
   * Whether the post was live on the old blog. `scheduled` is a draft whose publication Payload's
   * scheduled publishing performs at `publishedAt`. @default 'published'
   */
  status?: PostStatus
  /** When the source last changed the post, ISO 8601 in UTC. */
  updatedAt?: string
  /** `private`: staff only, site keys' previews included (a WordPress private post). */
  visibility?: 'private'
  /** UTC offset the source gave `updatedAt` in. */
  updatedOffset?: string
}

/** How a post uses a file. */
export type ImportedMediaRole = 'attachment' | 'enclosure' | 'featured' | 'inline' | 'thumbnail'

/** A file a post uses, as the parser found it: nothing is fetched before the apply stage. */
export interface ImportedMedia {
  alt?: string
  caption?: string
  /**
   * The file's identity across variants and re-runs, stored on its Media document under a unique
   * index: the URL with Blogger's size variant (`/s400/`, `=s72-c`) taken out. One entry per key.
   */
  key: string
  /** 1-based line in the source where the file is named (the post's line when unknown). */
  line: number
  /** The type the source declares (an enclosure's `type`, WordPress's `post_mime_type`); the bytes decide. */
  mimeType?: string
  role: ImportedMediaRole
  title?: string
  /** Where to fetch it: the largest variant the file names. */
  url: string
  /** Every other URL the source uses for this file (smaller variants, links to it): links to them point at the Media document. */
  variants?: string[]
}

export interface ImportedSpeaker {
  affiliation?: string
  name: string
  role?: string
}

export interface ImportedEvent {
  allDay: boolean
  /** The announcing post's sourceKey. */
  announcementSourceKey: string
  audience?: string
  city?: string
  country?: string
  description: string
  /** ISO 8601 in UTC; for all-day events the end of the day (same calendar date as startsAt). */
  endsAt: string
  isFree: boolean
  line: number
  online: boolean
  organizer?: string
  region?: string
  slug: string
  /** Identity for re-runs: `${announcementSourceKey}#event`. */
  sourceKey: string
  speakers: ImportedSpeaker[]
  /** ISO 8601 in UTC; all-day events start at 00:00 of their date in `timezone`. */
  startsAt: string
  /** IANA zone the times were given in (the `--tz` zone, or the zone the text names). */
  timezone: string
  title: string
  venue?: string
}

/** One entry of the product catalogue (`seed/catalogue/products.json`). */
export interface CatalogueProduct {
  aliases: string[]
  /** One of the plugin's `productCategories` values. */
  category: string
  description?: string
  name: string
  slug: string
  vendor: string
  website?: string
}

export interface ParsedFile {
  /** Identity of the source document, used in every sourceKey (the file name without extension). */
  documentId: string
  events: ImportedEvent[]
  format: string
  /** The path as given to the importer. */
  path: string
  /** Newest first, as the capture lists them. */
  posts: ImportedPost[]
  warnings: ImportWarning[]
}

export interface ParseOptions {
  /** Identity of the source document. */
  documentId: string
  path: string
  /** IANA time zone of the blog. @default 'UTC' */
  timezone: string
}

/** What a format parser returns before extraction (mentions and events are filled by extract). */
export interface FormatParseResult {
  posts: Omit<ImportedPost, 'mentions'>[]
  warnings: ImportWarning[]
}

/** A pluggable input format: detected from content, never from the file extension. */
export interface ImportFormat {
  /** True when the normalised text is in this format (an export's head and first piece). */
  detect: (text: string) => boolean
  name: string
  /** The whole text at once. */
  parse: (text: string, options: ParseOptions) => FormatParseResult
  /** The same, a bounded piece at a time (the XML exports and feeds); without it, the whole text. */
  pieces?: (options: ParseOptions) => FilePieces
}

/**
 * A bounded part of an export (`stream/pieces.ts`): the document's head, some of its items, and
 * end tags, parsed as a document of its own. Its lines are its own; `fileLine` names the file's.
 */
export interface Piece {
  fileLine: (line: number) => number
  /** 0 for the first piece: what the head alone says is said once, by the first. */
  index: number
  /** Items it holds (posts and the rest): at most the piece size. */
  items: number
  last: boolean
  text: string
}

/**
 * One file's parse, a piece at a time, in two passes. The first (`scan`) reads every piece for
 * what posts of other pieces need (WordPress attachments, Blogger comments) and refuses input it
 * cannot use before anything is written; the second (`build`) makes each piece's posts.
 */
export interface FilePieces {
  /** The piece's posts (built in the second pass) and its warnings, lines the file's. */
  build: (piece: Piece) => FormatParseResult
  /** Warnings only the whole file can tell (items nothing used, kinds skipped), after the last piece. */
  finish: () => ImportWarning[]
  /** Reads the piece in the first pass; returns how many posts it may hold (for progress). */
  scan: (piece: Piece) => number
}

/** An error the user can act on: names the file, the line, and what to do. */
export class ImportError extends Error {
  readonly file: string
  readonly line?: number
  constructor(args: { file: string; line?: number; message: string }) {
    super(`${args.file}${args.line ? `:${args.line}` : ''}: ${args.message}`)
    this.name = 'ImportError'
    this.file = args.file
    this.line = args.line
  }
}

/**
 * The collections a host turned off (`categories: false`, `redirects: false`): the import writes
 * no categories, or no redirects. @default both written
 */
export interface ImportWithout {
  categories?: boolean
  redirects?: boolean
}
