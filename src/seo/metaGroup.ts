import type { Field } from 'payload'

import path from 'node:path'

type FieldFactory = (args: Record<string, unknown>) => Field

/** The field factories `@payloadcms/plugin-seo/fields` exports, as Newsroom calls them. */
interface SeoFieldFactories {
  MetaDescriptionField: FieldFactory
  MetaImageField: FieldFactory
  MetaTitleField: FieldFactory
  OverviewField: FieldFactory
  PreviewField: FieldFactory
}

/**
 * plugin-seo's public field factories, from the host app's own install. plugin-seo is an optional
 * peer (it pins `payload` exactly), so nothing may import it statically: a host without it would
 * fail to build. `process.getBuiltinModule` keeps bundlers from tracing the require; the fields
 * entry is plain ESM with no imports, which Node 24 requires synchronously.
 */
const loadFieldFactories = (): SeoFieldFactories => {
  const { createRequire } = process.getBuiltinModule('node:module')
  const requireFromApp = createRequire(path.join(process.cwd(), 'package.json'))
  try {
    return requireFromApp('@payloadcms/plugin-seo/fields') as SeoFieldFactories
  } catch {
    throw new Error(
      "[newsroom] The host applies plugin-seo, but '@payloadcms/plugin-seo/fields' could not be " +
        `loaded from ${process.cwd()}; start the app from its own folder, or pass \`seo: seoPlugin\`.`,
    )
  }
}

/**
 * plugin-seo's `meta` group as `seoPlugin()` builds it (overview, title, description, image,
 * preview, each with its generate button), for collections Newsroom gives SEO in a host that
 * applies plugin-seo itself.
 */
export const seoMetaGroup = (uploadsCollection: false | string): Field => {
  const seo = loadFieldFactories()
  return {
    name: 'meta',
    type: 'group',
    fields: [
      seo.OverviewField({}),
      seo.MetaTitleField({ hasGenerateFn: true }),
      seo.MetaDescriptionField({ hasGenerateFn: true }),
      ...(uploadsCollection
        ? [seo.MetaImageField({ hasGenerateFn: true, relationTo: uploadsCollection })]
        : []),
      seo.PreviewField({ hasGenerateFn: true }),
    ],
    label: 'SEO',
  }
}
