import type { FieldHook, RowField, TextField } from 'payload'

import { slugField } from 'payload'

import { slugify, slugifyField } from '../../../src/utilities/slugify.js'

/**
 * Fills an empty slug from its source field before validation. Payload's `slugField` makes the
 * slug in a `beforeChange` hook on its sibling checkbox; since 3.90.2 that hook awaits
 * `slugify`, and the slug's own `required` check can run first, so a create without a slug
 * (REST, Local API) was refused. Filling it here, before any `beforeChange` work, holds on
 * every 3.x release.
 */
const fillFrom =
  (useAsSlug: string): FieldHook =>
  ({ data, operation, value }) => {
    if (value || operation !== 'create') return value
    const source: unknown = data?.[useAsSlug]
    return typeof source === 'string' ? slugify(source) || value : value
  }

const isSlug = (field: RowField['fields'][number]): field is TextField => field.type === 'text' && field.name === 'slug'

/** Payload's `slugField` with Newsroom's one slug rule, the same in the admin and the importer. */
export const newsroomSlugField = (useAsSlug: string): RowField =>
  slugField({
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        isSlug(field)
          ? { ...field, hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), fillFrom(useAsSlug)] } }
          : field,
      ),
    }),
    slugify: slugifyField,
    useAsSlug,
  })
