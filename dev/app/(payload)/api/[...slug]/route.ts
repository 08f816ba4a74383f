import config from '@payload-config'
import { withHttpCache } from '@newsroom/payload-plugin/routes'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

// Reads get ETags and Cache-Control (anonymous: public and revalidated; signed in: private);
// with the config, anonymous reads are validated before the work (Newsroom's content validator).
export const GET = withHttpCache(REST_GET(config), config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
