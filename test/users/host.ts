import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  Config,
  Payload,
  SanitizedConfig,
} from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { NewsroomPluginOptions } from '../../src/types.js'

import { databaseAdapter } from '../../dev/database/adapter.js'
import { newsroomPlugin } from '../../src/index.js'

/** The host's own hook: it upper-cases `team`, so a test can see that it still runs. */
const upperCaseTeam: CollectionBeforeChangeHook = ({ data }) =>
  typeof data.team === 'string' ? { ...data, team: data.team.trim().toUpperCase() } : data

/**
 * create-payload-app's blank template `Users`, with a field and a hook of the host's own. A new
 * object per boot: Payload's `buildConfig` sanitizes collection configs in place.
 */
export const hostUsers = (): CollectionConfig => ({
  slug: 'users',
  admin: { useAsTitle: 'email' },
  auth: true,
  fields: [{ name: 'team', type: 'text' }],
  hooks: { beforeChange: [upperCaseTeam] },
})

/** The blank template's `Media`; uploads go to a temporary folder, never into the repository. */
export const hostMedia = (): CollectionConfig => ({
  slug: 'media',
  access: { read: () => true },
  fields: [{ name: 'alt', type: 'text', required: true }],
  upload: { staticDir: mkdtempSync(path.join(tmpdir(), 'newsroom-host-media-')) },
})

export interface HostApp {
  config: SanitizedConfig
  payload: Payload
}

/**
 * Boots a host shaped like the blank template on the test file's database: without Newsroom
 * (`plugin: false`, the app before the plugin) or with it. Boot twice with the same `database`
 * to add Newsroom to an app that already has users.
 */
export const bootHost = async (args: {
  database: { kind: string; uri: string }
  host?: Partial<Config>
  key: string
  plugin?: false | NewsroomPluginOptions
}): Promise<HostApp> => {
  process.env.DATABASE_URI = args.database.uri
  process.env.DATABASE_ENGINE = args.database.kind
  const importsDir = mkdtempSync(path.join(tmpdir(), 'newsroom-imports-'))
  const plugins =
    args.plugin === false ? [] : [newsroomPlugin({ importOnEmpty: [], importsDir, ...args.plugin })]
  const config = await buildConfig({
    admin: { user: 'users' },
    collections: [hostUsers(), hostMedia()],
    db: databaseAdapter(),
    editor: lexicalEditor(),
    logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } },
    plugins,
    secret: 'test-secret-not-used-outside-tests',
    sharp,
    typescript: { autoGenerate: false },
    ...args.host,
  })
  const payload = await getPayload({ config, key: args.key })
  return { config, payload }
}

/** A 1×1 PNG. */
export const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)

/** The PNG as a multipart upload with the given document fields. */
export const pngUpload = (data: Record<string, unknown>): FormData => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([png], { type: 'image/png' }),
    `pixel-${Math.random().toString(36).slice(2)}.png`,
  )
  form.append('_payload', JSON.stringify(data))
  return form
}
