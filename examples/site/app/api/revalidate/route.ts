import type { RevalidationBody } from '@newsroom/payload-plugin/site'

import { REVALIDATE_SIGNATURE_HEADER, verifyRevalidation } from '@newsroom/payload-plugin/site'
import { revalidatePath, revalidateTag } from 'next/cache'

import { secret } from '../../../lib/env.js'

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

const parse = (body: string): null | RevalidationBody => {
  try {
    const json: unknown = JSON.parse(body)
    if (typeof json !== 'object' || json === null) return null
    return { paths: 'paths' in json ? strings(json.paths) : [], tags: 'tags' in json ? strings(json.tags) : [] }
  } catch {
    return null
  }
}

/**
 * The CMS calls this when published content changes, signing the raw body with the shared
 * `REVALIDATE_SECRET` and a timestamp. A signature in any form but the one the CMS writes, a bad
 * one, one older than five minutes (a replay) or dated more than a minute ahead is a 401. A good
 * one expires the cached reads under the body's tags at once (`expire: 0`: the next view waits
 * for fresh data instead of being served the stale page) and the body's paths.
 */
export const POST = async (req: Request) => {
  const revalidateSecret = secret('REVALIDATE_SECRET')
  if (!revalidateSecret) return Response.json({ error: 'REVALIDATE_SECRET is not set' }, { status: 401 })
  const body = await req.text()
  const header = req.headers.get(REVALIDATE_SIGNATURE_HEADER)
  const verified = verifyRevalidation({ body, header, secret: revalidateSecret })
  if (!verified.ok) return Response.json({ error: verified.reason }, { status: 401 })
  const parsed = parse(body)
  if (!parsed) return Response.json({ error: 'body must be JSON: { paths: string[], tags: string[] }' }, { status: 400 })
  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 })
  for (const path of parsed.paths) revalidatePath(path)
  console.log(`[site] revalidated tags ${parsed.tags.join(' ')} paths ${parsed.paths.join(' ')}`)
  return Response.json({ revalidated: parsed })
}
