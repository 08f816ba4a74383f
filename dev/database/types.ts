/** The kinds of database the dev app, the seed script and the tests can run on. */
export type DatabaseKind = 'ferretdb' | 'mongodb' | 'postgres' | 'sqlite'

/** A database server this process started, and how to stop it. */
export interface EmbeddedServer {
  kind: 'ferretdb' | 'mongodb' | 'postgres'
  /** One human line: what runs where. */
  label: string
  pid: number
  stop: () => Promise<void>
  uri: string
}
