/**
 * `npm run generate:types` and `npm run generate:importmap`: writes `payload-types.ts` or the
 * admin's import map from the dev config. Neither connects to a database, so a placeholder URI
 * is enough when none is set.
 */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

process.env.DATABASE_URI ??= 'mongodb://127.0.0.1:1/not-connected'

const what = process.argv[2]
const { default: config } = await import('./payload.config.js')
const sanitized = await config
if (what === 'types') {
  await generateTypes(sanitized)
} else if (what === 'importmap') {
  await generateImportMap(sanitized, { force: true, log: true })
} else {
  process.stderr.write('usage: tsx dev/generate.ts types|importmap\n')
  process.exit(2)
}
process.exit(0)
