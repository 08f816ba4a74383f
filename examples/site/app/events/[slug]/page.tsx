import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { EventBody } from '../../../components/EventBody.js'
import { JsonLd } from '../../../components/JsonLd.js'
import { LiveDocument } from '../../../components/LiveDocument.js'
import { cms } from '../../../lib/cms.js'
import { cmsPublicURL } from '../../../lib/env.js'
import { documentMetadata } from '../../../lib/seo.js'

type Props = { params: Promise<{ slug: string }> }

const load = cache(async (slug: string) => {
  const { client, draft } = await cms()
  const event = await client.getEvent(decodeURIComponent(slug))
  if (!event) notFound()
  return { draft, event }
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { event } = await load((await params).slug)
  return documentMetadata(event, { path: `/events/${event.slug}`, title: event.title, type: 'website' })
}

/** An event; in draft mode, its latest draft, updated live as the editor types. */
export default async function EventPage({ params }: Props) {
  const { draft, event } = await load((await params).slug)
  return (
    <>
      <JsonLd data={event.jsonLd} />
      {draft ? <LiveDocument doc={event} kind="event" serverURL={cmsPublicURL()} /> : <EventBody event={event} origin={cmsPublicURL()} />}
    </>
  )
}
