'use client'

import { useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { heading, muted, panel } from './styles.js'

interface Progress {
  done?: null | number
  total?: null | number
}

interface MediaCounts {
  failed?: null | number
  imported?: null | number
  present?: null | number
}

interface Snapshot {
  media?: MediaCounts | null
  progress?: null | Progress
  status?: null | string
}

/** How often the panel asks for the document while the import runs. */
const POLL_MS = 1000

const asNumber = (value: unknown): null | number => (typeof value === 'number' ? value : null)

const active = (status: null | string | undefined): boolean =>
  status === 'queued' || status === 'running'

const summary = ({ progress, status }: Snapshot): string => {
  const done = progress?.done ?? 0
  const total = progress?.total ?? 0
  if (status === 'queued') return 'Waiting for the import to start…'
  if (status === 'running') return total ? `${done} of ${total} imported…` : 'Reading the file…'
  if (status === 'failed') return `Failed after ${done} of ${total}`
  return `Done: ${done} of ${total}`
}

/** The posts' files, once the media stage has counted some (a capture uses none). */
const mediaSummary = (media: MediaCounts | null | undefined): null | string => {
  if (typeof media?.imported !== 'number') return null
  if (!media.imported && !media.present && !media.failed) return null
  return `Media: ${media.imported} imported, ${media.present ?? 0} already present, ${media.failed ?? 0} failed`
}

/**
 * An import's progress in its sidebar: posts (and events) done out of the total, while the job
 * runs. Payload's document view does not refresh by itself, so this panel polls the document's
 * status and count every second until the import ends, then reloads the view for the report.
 */
export const ImportProgress = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const done = useFormFields(([fields]) => fields['progress.done']?.value)
  const total = useFormFields(([fields]) => fields['progress.total']?.value)
  const status = useFormFields(([fields]) => fields.status?.value)
  const imported = useFormFields(([fields]) => fields['media.imported']?.value)
  const present = useFormFields(([fields]) => fields['media.present']?.value)
  const failed = useFormFields(([fields]) => fields['media.failed']?.value)
  const initial: Snapshot = {
    media: { failed: asNumber(failed), imported: asNumber(imported), present: asNumber(present) },
    progress: { done: asNumber(done), total: asNumber(total) },
    status: typeof status === 'string' ? status : null,
  }
  const [snapshot, setSnapshot] = useState<Snapshot>(initial)
  const polling = Boolean(id && collectionSlug) && active(snapshot.status)

  useEffect(() => {
    if (!polling || !collectionSlug || id === undefined) return
    const url =
      `${config.serverURL}${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}` +
      '?depth=0&select[status]=true&select[progress]=true&select[media]=true'
    let stopped = false
    const timer = setInterval(() => {
      void fetch(url, { credentials: 'include' })
        .then((res): Promise<Snapshot> | null => (res.ok ? res.json() : null))
        .then((doc) => {
          if (stopped || !doc) return
          setSnapshot({ media: doc.media, progress: doc.progress, status: doc.status })
          // Finished: the report (counts, warnings) is on the server now. The view reloads to show
          // it, unless the editor has changed something in the form meanwhile.
          if (!active(doc.status) && !modified) window.location.reload()
        })
        .catch(() => undefined)
    }, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [collectionSlug, config.routes.api, config.serverURL, id, modified, polling])

  if (!id) return null
  return (
    <section aria-label="Import progress" className="newsroom-import-progress" style={panel}>
      <h4 style={heading}>Progress</h4>
      <p aria-live="polite" data-status={snapshot.status ?? ''} style={muted}>
        {summary(snapshot)}
      </p>
      {mediaSummary(snapshot.media) && <p style={muted}>{mediaSummary(snapshot.media)}</p>}
    </section>
  )
}
