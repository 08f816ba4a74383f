import type { CollectionConfig } from 'payload'

import { renewOnChange } from '../../src/http/validator/hooks/renewOnChange.js'
import { renewOnDelete } from '../../src/http/validator/hooks/renewOnDelete.js'

const OURS: unknown[] = [renewOnChange, renewOnDelete]

/**
 * A collection as it was before Newsroom stamped it: the content validator's hooks go on every
 * content collection, the host's too, and are all a "left alone" host collection gains.
 */
export const unstamped = (collection: CollectionConfig | undefined): CollectionConfig | undefined => {
  if (!collection?.hooks) return collection
  const hooks = Object.fromEntries(
    Object.entries(collection.hooks)
      .map(([name, list]) => [name, (list as unknown[] | undefined)?.filter((hook) => !OURS.includes(hook))])
      .filter(([, list]) => (list as unknown[] | undefined)?.length),
  )
  return { ...collection, hooks: Object.keys(hooks).length ? hooks : undefined }
}
