import type { CSSProperties } from 'react'

/** A few shared styles, using Payload's CSS variables so the panels follow the admin's theme. */
export const panel: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  marginBottom: 'var(--base, 20px)',
  padding: 'calc(var(--base, 20px) * 0.75)',
}

export const heading: CSSProperties = { fontSize: '1rem', margin: '0 0 0.5rem' }

export const muted: CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: '0.85rem' }

export const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 }

export const item: CSSProperties = { marginBottom: '0.6rem' }

export const quote: CSSProperties = {
  borderLeft: '3px solid var(--theme-elevation-200)',
  color: 'var(--theme-elevation-700)',
  fontStyle: 'italic',
  margin: '0.2rem 0 0',
  paddingLeft: '0.5rem',
}
