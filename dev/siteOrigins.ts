/**
 * The origins of the sites that read Newsroom from a browser, from `SITE_ORIGINS`
 * (comma-separated). They feed both CORS and CSRF; the admin's own origin is always allowed.
 */
export const siteOrigins = (): string[] => {
  const own = process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
  const listed = (process.env.SITE_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  return [...new Set([own, ...listed])]
}
