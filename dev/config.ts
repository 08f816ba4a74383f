import type { Config } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import sharp from 'sharp'

import type { NewsroomPluginOptions } from '../src/types.js'

import { newsroomPlugin } from '../src/index.js'
import { databaseAdapter } from './database/adapter.js'
import { revalidateTargets } from './revalidateTargets.js'
import { payloadSecret } from './secret.js'
import { siteOrigins } from './siteOrigins.js'
import { objectStorage } from './storage.js'

/**
 * The dev app's Payload config, before `buildConfig`. The tests build the same config with their
 * own database and plugin options, so what they prove is what `npm run dev` runs.
 */
export const createDevConfig = (
  args: { plugin?: NewsroomPluginOptions } & Partial<Config> = {},
): Config => {
  const { plugin, ...overrides } = args
  // Paths come from the working directory, not import.meta.url, which Next.js rewrites when bundling.
  const root = process.cwd()
  const origins = siteOrigins()
  return {
    admin: {
      avatar: 'default',
      importMap: {
        baseDir: path.join(root, 'dev'),
        importMapFile: path.join(root, 'dev', 'app', '(payload)', 'admin', 'importMap.js'),
      },
      meta: { titleSuffix: ' · Newsroom' },
    },
    cors: origins,
    csrf: origins,
    db: databaseAdapter(),
    editor: lexicalEditor(),
    graphQL: { disablePlaygroundInProduction: true },
    plugins: [
      newsroomPlugin({
        catalogue: path.join(root, 'seed', 'catalogue', 'products.json'),
        importOnEmpty: [path.join(root, 'seed', 'documents')],
        // The test suites set it off: their fixtures name images on hosts that are not loopback.
        ...(process.env.NEWSROOM_IMPORT_MEDIA === 'off' ? { importMedia: false as const } : {}),
        revalidate: revalidateTargets(),
        seo: seoPlugin,
        ...plugin,
      }),
      // After Newsroom's, whose collections it moves to a bucket when S3_BUCKET is set.
      objectStorage(plugin?.slugs),
    ],
    secret: payloadSecret(),
    serverURL: process.env.SERVER_URL || undefined,
    sharp,
    typescript: {
      autoGenerate: false,
      // No `declare module 'payload'` block: the plugin's own code must type-check against
      // Payload's generic types, as it will in any host, not against this app's slugs.
      declare: false,
      outputFile: path.join(root, 'payload-types.ts'),
    },
    ...overrides,
  }
}
