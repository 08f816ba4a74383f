import type { ServerComponentProps } from 'payload'

import React from 'react'

import { adminLink, newsroomSlugsOf } from './adminLink.js'
import { heading, item, list, muted, panel, quote } from './styles.js'

type Mention = { context?: null | string; origin?: null | string; product?: unknown }
type Source = {
  editedSinceImport?: boolean | null
  importedAt?: null | string
  legacyUrl?: null | string
  sourceDocument?: null | string
}

const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number | string }).id : value)

/**
 * The post's sidebar: the products it mentions, each with the sentence that names it, and where
 * the post came from. Read-only: mentions are edited in the Mentions field, provenance never.
 */
export const PostProvenance = async ({ data, payload }: ServerComponentProps) => {
  const slugs = newsroomSlugsOf(payload)
  const mentions = ((data?.mentions ?? []) as Mention[]).filter((m) => m.product)
  const ids = mentions.map((m) => idOf(m.product) as number | string)
  const { docs: products } = ids.length
    ? await payload.find({ collection: slugs.products, depth: 0, limit: ids.length, pagination: false, where: { id: { in: ids } } })
    : { docs: [] }
  const names = new Map(products.map((p) => [String(p.id), String((p as { name?: string }).name)]))
  const source = (data?.source ?? {}) as Source
  return (
    <div className="newsroom-provenance">
      <section aria-label="Mentioned products" style={panel}>
        <h4 style={heading}>Mentioned products</h4>
        {mentions.length === 0 && <p style={muted}>No product is mentioned.</p>}
        <ul style={list}>
          {mentions.map((m, i) => (
            <li key={i} style={item}>
              <a href={adminLink(payload, slugs.products, idOf(m.product) as string)}>
                {names.get(String(idOf(m.product))) ?? 'Unknown product'}
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
