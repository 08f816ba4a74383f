import 'server-only'

/**
 * The site's settings, read on the server only: the secrets (the site key, the revalidation and
 * preview secrets) must never reach a browser, and `server-only` fails the build if a client
 * component imports this file.
 */
const trimmed = (value: string | undefined): string => (value ?? '').trim()

const origin = (value: string): string => value.replace(/\/$/, '')

/** Where the site's server reads the CMS, e.g. `https://cms.example.com` or an internal address. */
export const cmsURL = (): string => origin(trimmed(process.env.CMS_URL) || 'http://localhost:3000')

/**
 * The CMS's origin as browsers know it (the admin's address, which live preview checks, and
 * where uploads are served), when it differs from `CMS_URL`. Not a secret.
 */
export const cmsPublicURL = (): string => origin(trimmed(process.env.CMS_PUBLIC_URL) || cmsURL())

/** The site's own public origin, for canonical links and Open Graph. */
export const siteURL = (): string =>
  (trimmed(process.env.SITE_URL) || `http://localhost:${trimmed(process.env.SITE_PORT) || '3001'}`).replace(/\/$/, '')

/**
 * The users collection's slug in the CMS, for the `Authorization: <slug> API-Key <key>` header.
 * Newsroom extends the host's `admin.user` collection, `users` by default.
 */
const usersSlug = (): string => trimmed(process.env.CMS_USERS_SLUG) || 'users'

/** A `site` user's API key: only draft mode sends it, since published content is public. */
export const siteKeyHeader = (): Record<string, string> => {
  const key = trimmed(process.env.SITE_KEY)
  if (!key) throw new Error('SITE_KEY is not set: draft mode reads drafts with a `site` user\'s API key')
  return { Authorization: `${usersSlug()} API-Key ${key}` }
}

/** A secret shared with the CMS; a route that needs one refuses every request without it. */
export const secret = (name: 'PREVIEW_SECRET' | 'REVALIDATE_SECRET'): null | string =>
  trimmed(process.env[name]) || null
