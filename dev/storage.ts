import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

type Env = Record<string, string | undefined>

const flag = (env: Env, name: string, fallback: boolean): boolean => {
  const value = env[name]?.trim().toLowerCase()
  if (!value) return fallback
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new Error(`[dev] ${name} is "${env[name]}": use true or false.`)
}

const credentialsOf = (env: Env) => {
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  if (!accessKeyId && !secretAccessKey) return undefined // the AWS SDK's own chain (roles, files)
  if (!accessKeyId || !secretAccessKey) {
    throw new Error('[dev] S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither.')
  }
  return { accessKeyId, secretAccessKey }
}

/**
 * The dev app's file storage: the local disk, unless `S3_BUCKET` names a bucket on AWS S3 or any
 * S3-compatible server (`S3_ENDPOINT`). Media and imports then live in the bucket only, each
 * under its own slug (below `S3_PREFIX` when set), and Payload serves them through its own access
 * control. Newsroom itself knows no storage: this is the host's choice, as in any Payload app.
 */
export const objectStorage = (
  slugs: { imports?: string; media?: string } = {},
  env: Env = process.env,
): Plugin => {
  const bucket = env.S3_BUCKET?.trim()
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const prefix = env.S3_PREFIX?.trim().replace(/^\/+|\/+$/g, '')
  const under = (slug: string) => ({ prefix: prefix ? `${prefix}/${slug}` : slug })
  const media = slugs.media ?? 'media'
  const imports = slugs.imports ?? 'imports'
  return s3Storage({
    // The adapter's `prefix` field stays in the schema without a bucket too: the committed SQLite
    // migrations then fit both ways, and turning S3 on needs no new migration.
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: { [imports]: under(imports), [media]: under(media) },
    config: bucket
      ? {
          credentials: credentialsOf(env),
          endpoint,
          // S3-compatible servers usually want /bucket/key, not a bucket subdomain.
          forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)),
          region: env.S3_REGION?.trim() || 'us-east-1',
        }
      : {},
    enabled: Boolean(bucket),
  })
}
