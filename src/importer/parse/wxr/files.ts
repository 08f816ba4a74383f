import type { ImportWarning } from '../../types.js'
import type { SourcePost } from '../xml/types.js'
import type { Attachment } from './attachments.js'

import { attachmentMedia, groupAttachments } from './attachments.js'

/**
 * A WordPress file belongs to its post by `post_parent` or `_thumbnail_id`, and may come before
 * or after it in the export: every attachment is read in the first pass, and each post takes its
 * files in the second. What no post took is told once, after the last piece.
 */
export const createWxrFiles = () => {
  const attachments: Attachment[] = []
  const used = new Set<Attachment>()
  let byParent: Map<string, Attachment[]> | undefined
  let byId: Map<string, Attachment> | undefined
  return {
    add: (attachment: Attachment) => attachments.push(attachment),
    /** The post with its featured image and attachments; a missing featured image is a warning. */
    filesOf: (
      { post, thumbnail, wpId }: { post: SourcePost; thumbnail?: string; wpId: string },
      warnings: ImportWarning[],
    ): SourcePost => {
      byParent ??= groupAttachments(attachments)
      byId ??= new Map(attachments.map((a) => [a.id, a]))
      const featured = thumbnail ? byId.get(thumbnail) : undefined
      if (thumbnail && !featured) {
        const message = `"${post.title}": its featured image (attachment ${thumbnail}) is not in the export; the post has none`
        warnings.push({ line: post.line, message })
      }
      const files = [...new Set([...(featured ? [featured] : []), ...(byParent.get(wpId) ?? [])])]
      files.forEach((file) => used.add(file))
      return {
        ...post,
        attachments: files.map(({ title, url }) => ({ ...(title ? { title } : {}), url })),
        media: files.map((file) =>
          attachmentMedia(file, file === featured ? 'featured' : 'attachment'),
        ),
      }
    },
    unused: (): ImportWarning[] =>
      attachments
        .filter((a) => !used.has(a))
        .map(({ line, url }) => ({
          line,
          message: `attachment ${url} belongs to no imported post; not imported`,
        })),
  }
}
