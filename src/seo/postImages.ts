import type { RelationValue } from '../utilities/relationId.js'
import type { LooseDoc } from './fromContent.js'

import { uploadsIn } from '../posts/uploadNodes.js'
import { idOf, isRelation } from '../utilities/relationId.js'
import { pageMeta } from './fromContent.js'

/**
 * The uploads a post shows, each once, stored or populated: its page image first (the editor's
 * SEO image, else the hero image), then the hero, then the files of the content's upload nodes
 * in reading order. The first picture among them is the post's image wherever one is wanted (a
 * feed item's, JSON-LD's): a post imported without a hero is pictured by its first inline image.
 */
export const postImages = (post: LooseDoc, mediaSlug: string): RelationValue[] => {
  const lead = pageMeta('posts', post).image
  const candidates = [
    ...(lead === undefined ? [] : [lead]),
    ...(isRelation(post.heroImage) ? [post.heroImage] : []),
    ...uploadsIn(post.content, mediaSlug),
  ]
  const seen = new Set<string>()
  return candidates.filter((image) => {
    const key = idOf(image)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
