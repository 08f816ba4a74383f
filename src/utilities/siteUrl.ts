/**
 * A document's page on the public site: `${siteURL}/${collectionSlug}/${slug}`. Feeds, calendars,
 * the sitemap and JSON-LD all link through here, so a site's URL scheme changes in one place.
 */
export const documentUrl = (siteURL: string, collectionSlug: string, slug: string): string =>
  `${siteURL}/${collectionSlug}/${encodeURIComponent(slug)}`
