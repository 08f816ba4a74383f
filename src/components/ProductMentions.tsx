import type { ServerComponentProps } from 'payload'

import React from 'react'

import { findDocs } from '../utilities/findDocs.js'
import { newsroomOptions } from '../utilities/newsroomOptions.js'
import { idOf } from '../utilities/relationId.js'
import { adminLink } from './adminLink.js'
import { heading, item, list, muted, panel, quote } from './styles.js'

/** "Mentioned in": every post that mentions this product, newest first, with its sentence. */
export const ProductMentions = async ({ id, payload, req }: ServerComponentProps) => {
  if (!id) return null
  const { slugs } = newsroomOptions(payload)
  const posts = await findDocs(payload, 'posts', slugs.posts, {
    depth: 0,
    draft: true,
    limit: 200,
    overrideAccess: false,
    req,
    select: { mentions: true, publishedAt: true, title: true },
    sort: '-publishedAt',
    where: { 'mentions.product': { equals: id } },
  })
  return (
    <section aria-label="Mentioned in" className="newsroom-mentioned-in" style={panel}>
      <h4 style={heading}>Mentioned in ({posts.length})</h4>
      {posts.length === 0 && <p style={muted}>No post mentions this product yet.</p>}
      <ul style={list}>
        {posts.map((post) => {
          const sentence = post.mentions?.find((m) => idOf(m.product) === String(id))?.context
          return (
            <li key={post.id} style={item}>
              <a href={adminLink(payload, slugs.posts, post.id)}>{post.title}</a>{' '}
              <span style={muted}>{post.publishedAt ? post.publishedAt.slice(0, 10) : 'unpublished'}</span>
              {sentence && <blockquote style={quote}>“{sentence}”</blockquote>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
