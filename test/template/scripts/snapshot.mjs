// Every document the template's content lives in, as Payload reads it, written to the file named
// by the first argument (stdout carries Payload's own log).
import { writeFileSync } from 'node:fs'

import { boot } from './boot.mjs'

const payload = await boot()
const snapshot = {}
for (const collection of ['users', 'categories', 'posts', 'redirects']) {
  const { docs } = await payload.find({ collection, depth: 0, limit: 0, sort: 'id' })
  snapshot[collection] = docs
}
writeFileSync(process.argv[2], JSON.stringify(snapshot, null, 2))
