/**
 * The slug of Newsroom's hidden collection in which each feed remembers which body it serves and
 * since when (its `Last-Modified`). Prefixed, so it never meets a host's own collection.
 */
export const FEED_VALIDATORS_SLUG = 'newsroom-feed-validators'
