import type { ImportedComment } from '../../types.js'

/** One paragraph-level piece of a post: a prose paragraph or a list item. */
export interface Unit {
  kind: 'bullet' | 'ordered' | 'text'
  /** 1-based source line where the unit starts. */
  line: number
  /** The item's number for `ordered` units. */
  number?: number
  /** The source line as written, used when a lone numbered line turns out to be prose. */
  raw: string
  text: string
}

/** The footer Blogger prints under a post: "Posted by NAME at TIME", "Labels: …". */
interface Footer {
  author?: string
  categories: string[]
  line?: number
  time?: string
}

/** Content between two post footers (or headers): one post, or several in footer-less captures. */
export interface Chunk {
  comments: ImportedComment[]
  footer: Footer
  units: Unit[]
}

/** Everything under one date header. */
export interface Section {
  chunks: Chunk[]
  /** `YYYY-MM-DD`, the date as the blog printed it (its own zone). */
  date: string
  line: number
}

/** A post once titles are settled, before rendering, dates and identity. */
export interface RawPost {
  body: Unit[]
  comments: ImportedComment[]
  date: string
  footer: Footer
  line: number
  title: string
  titleDerived: boolean
}
