'use client'

import { useLivePreview } from '@payloadcms/live-preview-react'

import type { Event, Post } from '../../../payload-types.js'

import { EventBody } from './EventBody.js'
import { PostBody } from './PostBody.js'

type Props = { doc: Event; kind: 'event'; serverURL: string } | { doc: Post; kind: 'post'; serverURL: string }

/**
 * A post or event in draft mode: the admin's live preview posts the editor's unsaved form to
 * this page as they type, and `useLivePreview` merges it in (populating relations through the
 * CMS with the editor's own session). `serverURL` is the CMS's origin, not a secret.
 */
export function LiveDocument(props: Props) {
  return props.kind === 'post' ? <LivePost {...props} /> : <LiveEvent {...props} />
}

function LivePost({ doc, serverURL }: { doc: Post; serverURL: string }) {
  const { data } = useLivePreview<Post>({ depth: 1, initialData: doc, serverURL })
  return <PostBody origin={serverURL} post={data} />
}

function LiveEvent({ doc, serverURL }: { doc: Event; serverURL: string }) {
  const { data } = useLivePreview<Event>({ depth: 1, initialData: doc, serverURL })
  return <EventBody event={data} origin={serverURL} />
}
