import type { CollectionBeforeChangeHook, Field } from 'payload'

import { flattenTopLevelFields } from 'payload'

import type { PageMeta, SeoRole } from '../../../src/seo/fromContent.js'

import { metaFromContent, storedMeta } from '../../../src/seo/fromContent.js'
import { hasField } from '../../../src/utilities/hasField.js'
import { idOf, relationId } from '../../../src/utilities/relationId.js'

// plugin-seo's group (or a named tab, as in Payload's website template); a host's overrides may
// have removed it.
const metaFields = (fields: Field[]): Field[] | undefined => {
  const meta = flattenTopLevelFields(fields).find((field) => 'name' in field && field.name === 'meta')
  return meta && 'fields' in meta ? meta.fields : undefined
}

const same = (a: PageMeta[keyof PageMeta], b: PageMeta[keyof PageMeta]): boolean =>
  a !== undefined && b !== undefined && (typeof a === 'object' || typeof b === 'object'
    ? idOf(a) === idOf(b)
    : a === b)

/**
 * Fills the SEO meta an editor left empty from the content, at every save (imports included: the
 * importer's batch runs collection hooks too). A value still as it was generated from the content
 * before this change follows the content (a retitled post gets the new title); one the editor
 * wrote is kept.
 */
export const fillMeta =
  (role: SeoRole): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc }) => {
    const group = metaFields(collection.fields)
    if (!group) return data
    const before = originalDoc ? metaFromContent(role, originalDoc) : {}
    const fresh = metaFromContent(role, { ...originalDoc, ...data })
    // Payload keeps a group's values the change leaves out, so the stored meta is both merged.
    const meta = { ...originalDoc?.meta, ...data.meta }
    const stored = storedMeta({ meta })
    const pick = <K extends keyof PageMeta>(key: K): PageMeta[K] =>
      stored[key] === undefined || same(stored[key], before[key]) ? fresh[key] : stored[key]
    const picked = pick('image')
    // Without a media collection (`media: false`) the group has no image field.
    const image = hasField(group, 'image')
      ? { image: picked === undefined ? null : relationId(picked) }
      : {}
    const description = pick('description') ?? null
    return { ...data, meta: { ...meta, description, ...image, title: pick('title') ?? null } }
  }
