import type {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  JsonObject,
  ValidationFieldError,
} from 'payload'

import { ValidationError } from 'payload'

import type { PrepareCreate } from './types.js'

/**
 * Payload's field passes. Exported by `payload` but not documented, so they are handed in by
 * `batchPathFor`, which looks them up; importing them by name here would break the whole module
 * on a release that dropped them.
 */
export interface FieldTraversals {
  beforeChange: typeof beforeChangeTraverseFields
  beforeValidate: typeof beforeValidateTraverseFields
}

/**
 * What `payload.create` would hand to the database for the input, without writing it: Payload's
 * own field pass (defaults, field hooks), the collection's `beforeValidate` and `beforeChange`
 * hooks (a host's overrides included), and Payload's validation, in the order `create` runs them.
 * The batch writer uses it so that a batched document is the one the Local API would have
 * written; `test/seed/batchWrites.test.ts` compares the two.
 */
export const createPrepare =
  (traverse: FieldTraversals): PrepareCreate =>
  async (req, collection, input) => {
    const common = {
      collection,
      context: req.context,
      fields: collection.fields,
      global: null,
      operation: 'create' as const,
      overrideAccess: true,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
    }
    // Payload's traversals fill and change the data in place: never the caller's object.
    let data: JsonObject = structuredClone(input)
    await traverse.beforeValidate({ ...common, data, doc: {}, siblingData: data, siblingDoc: {} })
    for (const hook of collection.hooks.beforeValidate ?? []) {
      data =
        (await hook({ collection, context: req.context, data, operation: 'create', req })) ?? data
    }
    for (const hook of collection.hooks.beforeChange ?? []) {
      data =
        (await hook({ collection, context: req.context, data, operation: 'create', req })) ?? data
    }
    const errors: ValidationFieldError[] = []
    const result: JsonObject = structuredClone(data)
    await traverse.beforeChange({
      ...common,
      data: result,
      doc: {},
      docWithLocales: {},
      errors,
      fieldLabelPath: '',
      mergeLocaleActions: [],
      siblingData: result,
      siblingDoc: {},
      siblingDocWithLocales: {},
    })
    if (errors.length > 0) {
      throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
    }
    const now = new Date().toISOString()
    return { ...result, createdAt: result.createdAt ?? now, updatedAt: result.updatedAt ?? now }
  }
