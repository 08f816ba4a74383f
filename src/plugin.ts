import type { CollectionConfig, Config } from 'payload'

import type { NewsroomCollection, NewsroomPluginOptions, SanitizedNewsroomOptions } from './types.js'

import { createCategoriesCollection } from '../collections/categories/index.js'
import { createContentStampsCollection } from '../collections/contentStamps/index.js'
import { createEventsCollection } from '../collections/events/index.js'
import { createFeedValidatorsCollection } from '../collections/feedValidators/index.js'
import { createImportsCollection } from '../collections/imports/index.js'
import { createMediaCollection } from '../collections/media/index.js'
import { createPostsCollection } from '../collections/posts/index.js'
import { createProductsCollection } from '../collections/products/index.js'
import { createRedirectsCollection } from '../collections/redirects/index.js'
import { backfillFirstAdmin } from '../collections/users/backfillFirstAdmin.js'
import { createUsersCollection } from '../collections/users/index.js'
import { addsOwnCollection, joinHostCollections } from '../collections/hostCollections.js'
import { newsroomBin } from './cli/bin.js'
import { rscComponent } from './components/paths.js'
import { createNewsroomEndpoints } from './endpoints/index.js'
import { withGraphQLLimits } from './graphql/withGraphQLLimits.js'
import { ensureStamps } from './http/validator/ensureStamps.js'
import { withContentStamps } from './http/validator/stamped.js'
import { importOnEmpty } from './init/importOnEmpty.js'
import { importFileTask } from './jobs/importFileTask.js'
import { jobsAccess } from './jobs/jobsAccess.js'
import { removeMentionsTask } from './jobs/removeMentionsTask.js'
import { rescanMentionsTask } from './jobs/rescanMentionsTask.js'
import { sanitizeOptions } from './options/sanitizeOptions.js'
import { revalidateTask } from './revalidate/revalidateTask.js'
import { applySeo } from './seo/applySeo.js'

/** Every collection the plugin adds, built from one sanitized options object. */
export const createNewsroomCollections = (options: SanitizedNewsroomOptions): CollectionConfig[] => {
  // Posts, categories, redirects, users and media only where the host has none to join and did
  // not turn them off.
  const own = (role: NewsroomCollection, create: () => CollectionConfig) =>
    addsOwnCollection(options, role) ? [create()] : []
  return [
    ...own('posts', () => createPostsCollection(options)),
    createEventsCollection(options),
    createProductsCollection(options),
    ...own('categories', () => createCategoriesCollection(options)),
    ...own('media', () => createMediaCollection(options)),
    ...own('users', () => createUsersCollection(options)),
    createImportsCollection(options),
    ...own('redirects', () => createRedirectsCollection(options)),
    createFeedValidatorsCollection(),
    createContentStampsCollection(),
  ]
}

/**
 * Newsroom: posts, events and products for a company blog. Returns a new config; the incoming
 * one is never mutated. When `disabled`, the collections stay (the schema is stable) and only
 * side effects are skipped.
 */
export const newsroomPlugin =
  (pluginOptions: NewsroomPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions, incomingConfig)
    const config: Config = {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        components: {
          ...incomingConfig.admin?.components,
          beforeDashboard: [
            ...(incomingConfig.admin?.components?.beforeDashboard ?? []),
            rscComponent('NewsroomDashboard'),
          ],
        },
        user: incomingConfig.admin?.user ?? (options.users ? options.users.collection : undefined),
      },
      bin: [...(incomingConfig.bin ?? []), newsroomBin()],
      // The host's posts, categories, redirects, users and media are joined, in place.
      collections: [
        ...joinHostCollections(options, incomingConfig.collections ?? []),
        ...createNewsroomCollections(options),
      ],
      custom: { ...incomingConfig.custom, newsroom: options },
      endpoints: [...(incomingConfig.endpoints ?? []), ...createNewsroomEndpoints(options)],
      graphQL: withGraphQLLimits(incomingConfig.graphQL, options),
      jobs: {
        ...incomingConfig.jobs,
        // Admins and the cron secret run and cancel jobs, and a host's own rule must allow too.
        // The plugin never sets `autoRun`: where jobs run (web process or worker) is the host's call.
        access: jobsAccess(process.env.CRON_SECRET, incomingConfig.jobs?.access),
        // Registered even when disabled (the schema and types stay the same); only queueing stops.
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          rescanMentionsTask(options.slugs),
          removeMentionsTask(options.slugs),
          importFileTask(options),
          revalidateTask(options),
        ],
      },
      onInit: async (payload) => {
        // The host's own onInit runs first, so anything it sets up is there for ours.
        await incomingConfig.onInit?.(payload)
        // Before anything writes: a change's hook then only ever updates its stamp.
        await ensureStamps(payload)
        if (options.disabled) return
        if (options.users) await backfillFirstAdmin(payload, options.users.collection)
        await importOnEmpty(payload, options)
      },
    }
    // plugin-seo adds its `meta` group to Newsroom's collections, so it runs on the finished config;
    // the stamp hooks go on last, on every content collection, the host's and plugin-seo's alike.
    return withContentStamps(applySeo(config, options), options.slugs.imports)
  }
