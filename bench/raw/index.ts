import type { RawNames, RawStore } from './types.js'

import { kindOfURI } from '../../dev/database/index.js'
import { mongoStore } from './mongo.js'
import { postgresClient } from './postgres.js'
import { sqliteClient } from './sqlite.js'
import { sqlStore } from './sql.js'

export type { RawNames, RawStore } from './types.js'

/** The raw store of the run's database: the driver, or plain SQL, by the URI's kind. */
export const openRawStore = async (uri: string, names: RawNames): Promise<RawStore> => {
  const kind = kindOfURI(uri)
  if (kind === 'sqlite') return sqlStore(sqliteClient(uri))
  if (kind === 'postgres') return sqlStore(await postgresClient(uri))
  return mongoStore(uri, names)
}
