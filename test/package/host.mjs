// A minimal host app, outside the repo's source tree: it installs the packed bundle from npm's
// tarball and boots Payload with it, as any Payload app would. Prints one JSON line.
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { newsroomPlugin } from '@newsroom/payload-plugin'
import { buildConfig, getPayload } from 'payload'

const ferret = process.env.DATABASE_ENGINE === 'ferretdb'
const config = await buildConfig({
  collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
  db: mongooseAdapter({
    ensureIndexes: true,
    url: process.env.DATABASE_URI,
    ...(ferret ? { useJoinAggregations: false, usePipelineInSortLookup: false } : {}),
  }),
  logger: { options: { level: 'error' } },
  plugins: [newsroomPlugin({ slugs: { posts: 'articles' } })],
  secret: 'host-secret',
  typescript: { autoGenerate: false },
})
const payload = await getPayload({ config })
const product = await payload.create({ collection: 'products', data: { name: 'OpenVZ' } })
await payload.create({
  collection: 'articles',
  data: { _status: 'published', mentions: [{ product: product.id }], title: 'Hello from a host' },
})
const found = await payload.findByID({ collection: 'products', id: product.id })
process.stdout.write(
  JSON.stringify({
    collections: Object.keys(payload.collections),
    mentionedIn: found.mentionedIn.docs.map((d) => d.title ?? d.id),
  }) + '\n',
)
await payload.destroy()
process.exit(0)
