import { withPayload } from '@payloadcms/next/withPayload'

import { devHostnames } from './devHosts.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Next 16 refuses its dev resources to any host but localhost: the admin opened on 127.0.0.1,
  // [::1] or the LAN address would be a blank page.
  allowedDevOrigins: devHostnames(),
  // Types are checked once by `tsc --noEmit` in the test run; `next build` need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
