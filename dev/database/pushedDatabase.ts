import type pg from 'pg'

/**
 * Stops a production start on a database the schema was pushed to (`npm run dev`, or the seed
 * outside production), with one line. Payload's `migrate` would ask on the terminal whether to go
 * on, and `npm start` has none: it would wait at its first request for ever.
 */
export const refusePushedDatabase = async (client: pg.Client): Promise<void> => {
  try {
    const pushed = await client.query('SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1')
    if (!pushed.rowCount) return
  } catch (error) {
    // 42P01: undefined_table, a database nothing has set up yet.
    if ((error as { code?: string }).code === '42P01') return
    throw error
  }
  throw new Error(
    `[database] ${client.database} was set up by a schema push (npm run dev, or npm run seed ` +
      'outside production), and npm start runs the committed migrations, which cannot follow a ' +
      'push: give production a database of its own (npm start creates and migrates an empty one)',
  )
}
