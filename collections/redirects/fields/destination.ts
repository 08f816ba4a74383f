import type { Field, FieldHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { NewsroomDoc } from '../../../src/utilities/findDocs.js'

import { loadDocs } from '../../../src/utilities/loadDocs.js'
import { relationId } from '../../../src/utilities/relationId.js'

type Options = Pick<SanitizedNewsroomOptions, 'generateURL' | 'slugs'>

/**
 * The redirect's target as a URL: the custom URL, or the referenced page as `generateURL` builds
 * it. Field hooks see the reference as an id, so the document is read with the reader's access:
 * a draft's address is never shown to someone who may not read the draft.
 */
const resolveDestination =
  (options: Options): FieldHook<NewsroomDoc<'redirects'>> =>
  async ({ data, req }) => {
    const to = data?.to
    if (to?.type === 'custom') return to.url || null
    const reference = to?.reference
    if (!reference) return null
    const { events, posts } = options.slugs
    const role = reference.relationTo === events ? 'events' : 'posts'
    const collection = role === 'events' ? events : posts
    if (reference.relationTo !== collection) return null
    const ids = [relationId(reference.value)]
    const [page] = await loadDocs(req, role, collection, ids, { slug: true })
    return page ? options.generateURL({ collection, doc: page }) : null
  }

/** `destination`: read-only and never stored, so a site follows a redirect without a lookup. */
export const destinationField = (options: Options): Field => ({
  name: 'destination',
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: {
    description: 'Where visitors are sent, as the site addresses it.',
    position: 'sidebar',
    readOnly: true,
  },
  hooks: { afterRead: [resolveDestination(options)] },
  virtual: true,
})
