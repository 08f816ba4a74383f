import type { ServerComponentProps } from 'payload'

import React from 'react'

import { findDocs } from '../utilities/findDocs.js'
import { newsroomOptions } from '../utilities/newsroomOptions.js'
import { muted, panel } from './styles.js'

const card = { ...panel, flex: '1 1 160px', marginBottom: 0 }

/** Above the collections: what there is, what the last import did, and where to import more. */
export const NewsroomDashboard = async ({ payload }: ServerComponentProps) => {
  const { slugs } = newsroomOptions(payload)
  const admin = payload.config.routes.admin
  const count = async (collection: string) => (await payload.count({ collection })).totalDocs
  const [posts, events, products] = await Promise.all([slugs.posts, slugs.events, slugs.products].map(count))
  const latest = { depth: 0, limit: 1, sort: '-createdAt' }
  const [last] = await findDocs(payload, 'imports', slugs.imports, latest)
  const counts = last?.counts ?? {}
  return (
    <section aria-label="Newsroom" className="newsroom-dashboard" style={{ marginBottom: 'var(--base, 20px)' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '12px', marginBottom: '12px' }}>
        {[['Posts', posts, slugs.posts], ['Events', events, slugs.events], ['Products', products, slugs.products]].map(
          ([label, value, slug]) => (
            <a href={`${admin}/collections/${slug}`} key={String(slug)} style={{ ...card, textDecoration: 'none' }}>
              <strong style={{ display: 'block', fontSize: '1.6rem' }}>{value}</strong>
              <span style={muted}>{label}</span>
            </a>
          ),
        )}
      </div>
      <div style={panel}>
        <strong>Last import: </strong>
        {last ? (
          <>
            <a href={`${admin}/collections/${slugs.imports}/${last.id}`}>{last.originalFilename || last.filename}</a>{' '}
            <span>({last.status})</span>{' '}
            <span style={muted}>
              {counts.created ?? 0} created, {counts.updated ?? 0} updated, {counts.unchanged ?? 0} unchanged,{' '}
              {counts.keptEdited ?? 0} kept · {new Date(last.createdAt).toUTCString()}
            </span>
            {last.error && <p style={{ color: 'var(--theme-error-500)', margin: '0.4rem 0 0' }}>{last.error}</p>}
          </>
        ) : (
          <span style={muted}>none yet</span>
        )}{' '}
        · <a href={`${admin}/collections/${slugs.imports}/create`}>Import a file</a>
      </div>
    </section>
  )
}
