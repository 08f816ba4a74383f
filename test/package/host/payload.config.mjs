// A host shaped like create-payload-app's blank template. With NEWSROOM=off it is the app before
// the plugin was added, so a user can exist before Newsroom does.
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { newsroomPlugin } from '@newsroom/payload-plugin'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './collections/Media.mjs'
import { Users } from './collections/Users.mjs'

// FerretDB has no $lookup: the same compatibility switches the dev host uses.
const ferret = process.env.DATABASE_ENGINE === 'ferretdb'

export default buildConfig({
  admin: { user: Users.slug },
  collections: [Users, Media],
  db: mongooseAdapter({
    ensureIndexes: true,
    url: process.env.DATABASE_URI,
    ...(ferret ? { useJoinAggregations: false, usePipelineInSortLookup: false } : {}),
  }),
  editor: lexicalEditor(),
  logger: { options: { level: 'error' } },
  plugins: process.env.NEWSROOM === 'off' ? [] : [newsroomPlugin()],
  secret: process.env.PAYLOAD_SECRET,
  sharp,
  typescript: { autoGenerate: false },
})
