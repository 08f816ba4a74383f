import { REST_GET } from '@payloadcms/next/routes'

import config from '../../../config.js'

// Plain Payload's REST reads, as `create-payload-app` mounts them: no Newsroom, no HTTP cache.
export const GET = REST_GET(config)
