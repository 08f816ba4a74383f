/**
 * The reference site: a Next.js app of its own, which reads Newsroom over HTTP only. It shares
 * the repository's node_modules; `@newsroom/payload-plugin/site` resolves to this repository's
 * source through tsconfig.json's paths, as the package would in a site of your own.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pictures come from the CMS's media, served by the CMS (or its storage: S3, a CDN) in the
  // sizes Payload makes, and `next/image` renders them as they are, with their width and height.
  // Not through Next.js's optimizer: it would need the CMS's address (`CMS_PUBLIC_URL`, a runtime
  // setting) in `remotePatterns` at build time, and it refuses to fetch from loopback or private
  // addresses, where a CMS beside the site often is.
  images: { unoptimized: true },
  // Types are checked once by `tsc --noEmit` at the repository's root.
  typescript: { ignoreBuildErrors: true },
}

export default nextConfig
