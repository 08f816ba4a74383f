import type { NewsroomDoc } from '../utilities/findDocs.js'

type Post = NewsroomDoc<'posts'>

/**
 * A post or event already in the database, as the plan compares it with its source. Events have
 * the same `source` group as posts and none of the other fields, which are all optional.
 */
export type ExistingDoc = Pick<Post, 'id' | 'source'> &
  Partial<Pick<Post, 'mentions' | 'mutedMentions' | 'publishedAt' | 'slug' | 'title'>>
