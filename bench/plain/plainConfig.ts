import type { CollectionConfig, Config, Field } from 'payload'

import { createDevConfig } from '../../dev/config.js'

/**
 * A field as plain Payload stores and returns it: no hooks, no access rules, and no join or
 * virtual field (both are computed by Newsroom at read time, never stored).
 */
const plainFields = (fields: Field[]): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'join' || ('virtual' in field && field.virtual)) return []
    const plain = { ...field, access: undefined, hooks: undefined } as Field
    if ('fields' in plain) return [{ ...plain, fields: plainFields(plain.fields) } as Field]
    if (plain.type === 'tabs') {
      return [{ ...plain, tabs: plain.tabs.map((tab) => ({ ...tab, fields: plainFields(tab.fields) })) }]
    }
    return [plain]
  })

/** The collection's documents and fields, readable by anyone, with nothing of Newsroom's around them. */
const plainCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { read: () => true },
  endpoints: [],
  fields: plainFields(collection.fields),
  hooks: {},
})

/**
 * P5's baseline, "plain Payload": the dev host's config after its plugins ran (so the same
 * collections, fields and stored documents), then stripped of what Newsroom adds around them:
 * collection and field hooks, access rules, joins and virtual fields, endpoints, GraphQL limits,
 * jobs and `onInit`. Payload's own defaults stay (depth, `defaultPopulate`, `defaultSort`).
 */
export const plainConfig = async (): Promise<Config> => {
  const host = createDevConfig()
  let config: Config = { ...host, plugins: [] }
  for (const plugin of host.plugins ?? []) config = await plugin(config)
  return {
    ...config,
    collections: (config.collections ?? []).map(plainCollection),
    endpoints: [],
    graphQL: host.graphQL,
    jobs: undefined,
    onInit: undefined,
    plugins: [],
  }
}
