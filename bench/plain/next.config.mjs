import { withPayload } from '@payloadcms/next/withPayload'

/** P5's "plain Payload" app: only the REST route, built and started like the dev host. */
export default withPayload(
  { typescript: { ignoreBuildErrors: true } },
  { devBundleServerPackages: false },
)
