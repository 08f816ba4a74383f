/**
 * Blogger's page chrome, as it reads once a page is saved as text. None of it may reach a post:
 * page chrome ends the list of posts (the sidebar follows), post chrome ends one post.
 */

export type Chrome =
  | { kind: 'labels'; categories: string[] }
  | { kind: 'page' }
  | { kind: 'post' }
  | { author: string; kind: 'posted-by'; time: string }

/** "Newer Posts Older Posts Home", whether on one line or several. */
const NAVIGATION = '(?:(?:newer|older) posts?|home|[«»]|<<|>>)'

/** Lines after which only the sidebar and footer follow, until the next date header. */
const PAGE_CHROME = [
  /^subscribe to:? (?:posts|comments)\b.*$/i,
  /^(?:<<|«)\s*home$/i,
  new RegExp(`^${NAVIGATION}(?:\\s+${NAVIGATION})*$`, 'i'),
  /^(?:this page is )?powered by blogger\.?(?:\s*isn[’']t yours\?)?$/i,
]

/** Lines that close a post: its comment count, link and sharing widgets. */
const POST_CHROME = [
  /^(?:no|\d+) comments?:?$/i,
  /^post a comment$/i,
  /^links to this post:?$/i,
  /^create a link$/i,
  /^(?:email this|blogthis!|share to (?:twitter|facebook|pinterest|x))+$/i,
]

/** "Posted by NAME at TIME" (older templates: "posted by NAME @ TIME"), maybe with more widgets. */
const POSTED_BY =
  /^posted by\s+(.+?)\s+(?:at|@)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)(?=\s|$|\W)/i

const LABELS = /^labels?:\s*(.+)$/i

export const classifyChrome = (line: string): Chrome | null => {
  const postedBy = POSTED_BY.exec(line)
  if (postedBy) return { author: postedBy[1].trim(), kind: 'posted-by', time: postedBy[2] }
  const labels = LABELS.exec(line)
  if (labels) {
    const categories = labels[1]
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean)
    return { categories: [...new Set(categories)], kind: 'labels' }
  }
  if (PAGE_CHROME.some((pattern) => pattern.test(line))) return { kind: 'page' }
  if (POST_CHROME.some((pattern) => pattern.test(line))) return { kind: 'post' }
  return null
}
