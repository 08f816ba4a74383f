import type { FilePieces, ImportedComment, ImportWarning, ParseOptions } from '../../types.js'
import type { XmlDocument } from '../xml/document.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { XmlElement } from '../xml/nodes.js'
import type { SourcePost } from '../xml/types.js'

import { ATOM_STOP_NODES } from '../xml/atom.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { elements } from '../xml/nodes.js'
import { pieceDocuments } from '../xml/pieced.js'
import { buildSourcePosts, createSourceRegistry } from '../xml/posts.js'
import { collectComments } from './comments.js'

/** What a Blogger format's reading of one piece's posts is given. */
export interface BloggerPiece {
  clean: HtmlCleaner
  doc: XmlDocument
  /** A post's (or a page's) comments, taken: what is left at the end answers no post. */
  take: (id: string) => ImportedComment[]
  warnings: ImportWarning[]
}

/**
 * What Blogger's two formats (the older export and the 2018 backup) do alike, a piece at a time:
 * readers' comments are entries of their own, before or after their post, so every piece's are
 * collected in the first pass and each post takes its own in the second; comments no post took
 * are noted after the last piece (`source`, "export" or "backup", names the file).
 */
export const bloggerPieces = (
  options: ParseOptions,
  args: {
    /** The entries that are readers' published comments. */
    comments: (entries: XmlElement[]) => XmlElement[]
    isPost: (entry: XmlElement) => boolean
    posts: (piece: BloggerPiece) => SourcePost[]
    /** The id of the post a comment answers. @default its `thr:in-reply-to` */
    repliesTo?: (entry: XmlElement) => string
    source: string
  },
): FilePieces => {
  const docs = pieceDocuments(options, { rootName: 'feed', stopNodes: ATOM_STOP_NODES })
  const clean = createHtmlCleaner()
  const registry = createSourceRegistry()
  const comments = new Map<string, ImportedComment[]>()
  const take = (id: string): ImportedComment[] => {
    const replies = comments.get(id) ?? []
    comments.delete(id)
    return replies
  }
  return {
    build: (piece) => {
      const warnings: ImportWarning[] = []
      const posts = args.posts({ clean, doc: docs.build(piece), take, warnings })
      const built = buildSourcePosts(posts, clean, warnings, registry)
      return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
    },
    finish: () =>
      [...comments.values()].flat().map(({ line }) => ({
        line,
        message: `comment on a post that is not in the ${args.source}; skipped`,
      })),
    scan: (piece) => {
      const doc = docs.scan(piece)
      const entries = elements(doc.root, 'entry')
      const found = collectComments(args.comments(entries), doc, clean, args.repliesTo)
      for (const [id, list] of found) comments.set(id, [...(comments.get(id) ?? []), ...list])
      return entries.filter(args.isPost).length
    },
  }
}
