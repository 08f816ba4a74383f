import type { ServerComponentProps } from 'payload'

import React from 'react'

import type { Post } from '../../payload-types.js'

import { findDocs } from '../utilities/findDocs.js'
import { newsroomOptions } from '../utilities/newsroomOptions.js'
import { idOf, relationId } from '../utilities/relationId.js'
import { adminLink } from './adminLink.js'
import { heading, item, list, muted, panel, quote } from './styles.js'

type Mention = NonNullable<Post['mentions']>[number]

/**
 * The post's sidebar: the products it mentions, each with the sentence that names it, and where
 * the post came from. Read-only: mentions are edited in the Mentions field, provenance never.
 */
export const PostProvenance = async ({ data, payload }: ServerComponentProps) => {
  const { slugs } = newsroomOptions(payload)
  // The form's data: Payload types it loosely, and it has the post's fields.
  const mentions = ((data?.mentions ?? []) as Mention[]).filter((m) => m.product)
  const ids = mentions.map((m) => relationId(m.product))
  const products = ids.length
    ? await findDocs(payload, 'products', slugs.products, {
        depth: 0,
        pagination: false,
        select: { name: true },
        where: { id: { in: ids } },
      })
    : []
  const names = new Map(products.map((p) => [String(p.id), p.name]))
  const source: NonNullable<Post['source']> = data?.source ?? {}
  return (
    <div className="newsroom-provenance">
      <section aria-label="Mentioned products" style={panel}>
        <h4 style={heading}>Mentioned products</h4>
        {mentions.length === 0 && <p style={muted}>No product is mentioned.</p>}
        <ul style={list}>
          {mentions.map((m, i) => (
            <li key={i} style={item}>
              <a href={adminLink(payload, slugs.products, relationId(m.product))}>
                {names.get(idOf(m.product)) ?? 'Unknown product'}
              </a>
              {m.origin === 'editor' && <span style={muted}> (added by an editor)</span>}
              {m.context && <blockquote style={quote}>“{m.context}”</blockquote>}
            </li>
          ))}
        </ul>
      </section>
      {source.sourceDocument && (
        <section aria-label="Source" style={panel}>
          <h4 style={heading}>Imported</h4>
          <dl style={{ margin: 0 }}>
            <dt style={muted}>Source file</dt>
            <dd style={{ margin: '0 0 0.4rem' }}>{source.sourceDocument.split('/').pop()}</dd>
            {source.legacyUrl && (
              <>
                <dt style={muted}>Legacy URL</dt>
                <dd style={{ margin: '0 0 0.4rem' }}>{source.legacyUrl}</dd>
              </>
            )}
            {source.importedAt && (
              <>
                <dt style={muted}>Imported at</dt>
                <dd style={{ margin: '0 0 0.4rem' }}>{new Date(source.importedAt).toUTCString()}</dd>
              </>
            )}
            <dt style={muted}>Edited since import</dt>
            <dd style={{ margin: 0 }}>{source.editedSinceImport ? 'Yes: re-imports keep this version' : 'No'}</dd>
          </dl>
        </section>
      )}
    </div>
  )
}
