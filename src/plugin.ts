import type { CollectionConfig, Config } from 'payload'

import type { NewsroomPluginOptions, SanitizedNewsroomOptions } from './types.js'

import { createCategoriesCollection } from '../collections/categories/index.js'
import { createEventsCollection } from '../collections/events/index.js'
import { createFeedValidatorsCollection } from '../collections/feedValidators/index.js'
import { createImportsCollection } from '../collections/imports/index.js'
import { createMediaCollection } from '../collections/media/index.js'
import { createPostsCollection } from '../collections/posts/index.js'
import { createProductsCollection } from '../collections/products/index.js'
import { createRedirectsCollection } from '../collections/redirects/index.js'
import { backfillFirstAdmin } from '../collections/users/backfillFirstAdmin.js'
import { createUsersCollection } from '../collections/users/index.js'
import { addsOwnCollection, withNewsroomExtensions } from '../collections/hostCollections.js'
import { rscComponent } from './components/paths.js'
import { createNewsroomEndpoints } from './endpoints/index.js'
import { withGraphQLLimits } from './graphql/withGraphQLLimits.js'
import { importOnEmpty } from './init/importOnEmpty.js'
import { importFileTask } from './jobs/importFileTask.js'
import { jobsAccess } from './jobs/jobsAccess.js'
import { removeMentionsTask } from './jobs/removeMentionsTask.js'
import { rescanMentionsTask } from './jobs/rescanMentionsTask.js'
import { sanitizeOptions } from './options/sanitizeOptions.js'
import { revalidateTask } from './revalidate/revalidateTask.js'
import { applySeo } from './seo/applySeo.js'
import { newsroomCollections } from './types.js'

/** Every collection the plugin adds, built from one sanitized options object. */
export const createNewsroomCollections = (options: SanitizedNewsroomOptions): CollectionConfig[] => [
  createPostsCollection(options),
  createEventsCollection(options),
  createProductsCollection(options),
  createCategoriesCollection(options),
  // Users and media only when the host has none to extend and did not turn them off.
  ...(addsOwnCollection(options, 'media') ? [createMediaCollection(options)] : []),
  ...(addsOwnCollection(options, 'users') ? [createUsersCollection(options)] : []),
  createImportsCollection(options),
  createRedirectsCollection(options),
  createFeedValidatorsCollection(),
]

/**
 * Newsroom: posts, events and products for a company blog. Returns a new config; the incoming
 * one is never mutated. When `disabled`, the collections stay (the schema is stable) and only
 * side effects are skipped.
 */
export const newsroomPlugin =
  (pluginOptions: NewsroomPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions, incomingConfig)
    const existing = incomingConfig.collections ?? []
    for (const role of newsroomCollections) {
      if (!addsOwnCollection(options, role)) continue
      if (existing.some((collection) => collection.slug === options.slugs[role])) {
        throw new Error(
          `[newsroom] Invalid option \`slugs.${role}\`: the host config already has a collection ` +
            `"${options.slugs[role]}"; choose another slug for Newsroom's ${role}.`,
        )
      }
    }
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
      // The host's users and media are replaced by their extended versions, in place.
      collections: [...existing.map(withNewsroomExtensions(options)), ...createNewsroomCollections(options)],
      custom: { ...incomingConfig.custom, newsroom: options },
      endpoints: [...(incomingConfig.endpoints ?? []), ...createNewsroomEndpoints(options)],
      graphQL: withGraphQLLimits(incomingConfig.graphQL, options),
      jobs: {
        ...incomingConfig.jobs,
        // Admins and the cron secret run and cancel jobs; a host's own rule for either wins. The
        // plugin never sets `autoRun`: where jobs run (web process or worker) is the host's call.
        access: { ...jobsAccess(process.env.CRON_SECRET), ...incomingConfig.jobs?.access },
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
        if (options.disabled) return
        if (options.users) await backfillFirstAdmin(payload, options.users.collection)
        await importOnEmpty(payload, options)
      },
    }
    // plugin-seo adds its `meta` group to Newsroom's collections, so it runs on the finished config.
    return applySeo(config, options)
  }
