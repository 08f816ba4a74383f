import type { FormatParseResult, ImportWarning, ParseOptions } from '../../types.js'
import type { RawPost } from './types.js'

import { renderBody } from './blocks.js'
import { createIdentities } from './identity.js'
import { assignPublishTimes } from './publishTimes.js'

type ParsedPost = FormatParseResult['posts'][number]

/** Posts grouped by date in capture order, so same-day posts share one ordering. */
const groupByDate = (posts: RawPost[]): Map<string, RawPost[]> => {
  const groups = new Map<string, RawPost[]>()
  for (const post of posts) {
    const group = groups.get(post.date)
    if (group) group.push(post)
    else groups.set(post.date, [post])
  }
  return groups
}

/** Turns settled raw posts into the contract's posts: body, dates and identity. */
export const buildPosts = (
  raw: RawPost[],
  options: ParseOptions,
  warnings: ImportWarning[],
): ParsedPost[] => {
  const published = new Map<RawPost, { position: number; publishedAt: string }>()
  for (const group of groupByDate(raw).values()) {
    const timed = group.map((post) => ({
      date: post.date,
      time: post.footer.time,
      timeLine: post.footer.line,
    }))
    assignPublishTimes(timed, options.timezone, warnings).forEach((publishedAt, index) =>
      published.set(group[index], { position: index + 1, publishedAt }),
    )
  }
  const rendered = raw.map((post) => {
    const { position, publishedAt } = published.get(post) ?? { position: 1, publishedAt: '' }
    const categories = [...new Set(post.footer.categories)]
    return { ...renderBody(post.body), categories, position, post, publishedAt }
  })
  const identities = createIdentities(
    options.documentId,
    rendered.map(({ categories, position, post, publishedAt, text }) => ({
      categories,
      date: post.date,
      position,
      publishedAt,
      text,
      title: post.title,
      titleDerived: post.titleDerived,
    })),
  )
  return rendered.map(({ categories, html, links, post, publishedAt, text, textLines }, index) => ({
    ...(post.footer.author ? { authorName: post.footer.author } : {}),
    ...identities[index],
    categories,
    comments: post.comments,
    html,
    line: post.line,
    links,
    publishedAt,
    text,
    textLines,
    title: post.title,
    titleDerived: post.titleDerived,
  }))
}
