export { atomFeedFormat } from './atom.js'
export { rssFeedFormat } from './rss.js'
