/** Builds (or finds in the cache) SeaweedFS's `weed`, the S3 server the storage tests run on. */
import { buildSeaweedFS } from '../dev/database/seaweedfs.js'

const binary = buildSeaweedFS((msg) => process.stdout.write(`${msg}\n`))
process.stdout.write(`SeaweedFS binary: ${binary}\n`)
