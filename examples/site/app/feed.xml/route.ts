import { fromCMS } from '../../lib/proxy.js'

/** The latest posts as RSS 2.0: the CMS's `/api/feed.xml`, which links to this site's pages. */
export const GET = () => fromCMS('/api/feed.xml', ['posts'])
