// A host shaped like create-payload-app's blank template. With NEWSROOM=off it is the app before
// the plugin was added, so a user can exist before Newsroom does. On a postgres:// DATABASE_URI
// it is the template made with Postgres (`@payloadcms/db-postgres`, push in development), and it
// has only that adapter installed; otherwise MongoDB's.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { newsroomPlugin } from '@newsroom/payload-plugin'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './collections/Media.mjs'
import { Users } from './collections/Users.mjs'

const uri = process.env.DATABASE_URI
// FerretDB has no $lookup: the same compatibility switches the dev host uses.
const ferret = process.env.DATABASE_ENGINE === 'ferretdb'

const database = async () => {
  if (/^postgres(ql)?:/.test(uri)) {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return postgresAdapter({ pool: { connectionString: uri } })
  }
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return mongooseAdapter({
    ensureIndexes: true,
    url: uri,
    ...(ferret ? { useJoinAggregations: false, usePipelineInSortLookup: false } : {}),
  })
}

export default buildConfig({
  admin: { user: Users.slug },
  collections: [Users, Media],
  db: await database(),
  editor: lexicalEditor(),
  logger: { options: { level: 'error' } },
  plugins: process.env.NEWSROOM === 'off' ? [] : [newsroomPlugin()],
  secret: process.env.PAYLOAD_SECRET,
  sharp,
  typescript: { autoGenerate: false },
})
