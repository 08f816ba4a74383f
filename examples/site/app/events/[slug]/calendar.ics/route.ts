import { cms } from '../../../../lib/cms.js'
import { fromCMS } from '../../../../lib/proxy.js'

/** One event as an `.ics` file for "add to calendar": the CMS's `/api/events/:id/ics`. */
export const GET = async (_req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params
  const { client } = await cms()
  const event = await client.getEvent(decodeURIComponent(slug))
  if (!event) return new Response('Not found', { status: 404 })
  return fromCMS(`/api/events/${encodeURIComponent(event.id)}/ics`, ['events', `events:${event.id}`], {
    'content-disposition': `attachment; filename="${event.slug}.ics"`,
  })
}
