import { devHostnames } from './devHosts.mjs'

/**
 * The origins allowed by CORS and CSRF: the admin's own, and the sites that read Newsroom from a
 * browser (`SITE_ORIGINS`, comma-separated). The admin's own is `SERVER_URL`; in development,
 * every address of this machine on `PORT` too, since Payload ignores the session cookie on a
 * request whose origin is not listed (the admin on 127.0.0.1 could not save).
 */
export const siteOrigins = (): string[] => {
  const port = process.env.PORT || 3000
  const own = (process.env.SERVER_URL || `http://localhost:${port}`).replace(/\/$/, '')
  const dev = process.env.NODE_ENV === 'production' ? [] : devHostnames()
  const listed = (process.env.SITE_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  return [...new Set([own, ...dev.map((host) => `http://${host}:${port}`), ...listed])]
}
