import config from '@payload-config'
import { withHttpCache } from '@newsroom/payload-plugin/routes'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// GraphQL over GET (`?query=`), which graphql-http answers for queries and refuses for mutations,
// is what an HTTP cache can keep; POST stays uncached.
export const GET = withHttpCache(GRAPHQL_POST(config), config)
export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
