/** Builds (or finds in the cache) the FerretDB binary that the embedded database runs. */
import { buildFerretDB } from '../dev/database/ferretdb.js'

const binary = buildFerretDB((msg) => process.stdout.write(`${msg}\n`))
process.stdout.write(`FerretDB binary: ${binary}\n`)
