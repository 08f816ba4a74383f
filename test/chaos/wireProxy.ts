import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

/** A data write on its way to the database: `insert`, `update`, `delete` or `findAndModify`. */
export interface WireWrite {
  collection: string
  command: string
  /** 1 for the first write through the proxy, 2 for the next… */
  number: number
}

/**
 * What to do with a write: pass it on, or stop the run just before or just after it. A halt
 * closes every connection; `hold-before` stops the same way but leaves them open, so the writer
 * waits for an answer that never comes instead of failing on a closed connection (and perhaps
 * exiting before it can be killed).
 */
export type WriteDecision = 'forward' | 'halt-after' | 'halt-before' | 'hold-before'

export const WRITES = new Set(['delete', 'findAndModify', 'insert', 'update'])
/** MongoDB wire protocol: OP_MSG, the only opcode a current driver sends commands with. */
const OP_MSG = 2013

/** The command an OP_MSG carries: the first field of its body, and that field's string value. */
export const commandOf = (message: Buffer): null | { collection: string; command: string } => {
  // Header (16 bytes), flag bits (4), section kind (1, 0 = body), then the body document:
  // its length (4), then the first element's type byte and name.
  if (message.readInt32LE(12) !== OP_MSG || message[20] !== 0) return null
  const typeAt = 25
  const nameEnd = message.indexOf(0, typeAt + 1)
  if (nameEnd < 0) return null
  const command = message.toString('utf8', typeAt + 1, nameEnd)
  // A string value (type 2): its length including the final NUL, then its bytes.
  const collection =
    message[typeAt] === 2
      ? message.toString('utf8', nameEnd + 5, nameEnd + 4 + message.readInt32LE(nameEnd + 1))
      : ''
  return { collection, command }
}

/**
 * A MongoDB-wire proxy in front of `upstream` that numbers every data write passing through and
 * asks `decide` about each. A kill placed between two writes lands at the same point in the
 * import however fast this machine is, and however the importer groups its writes.
 *
 * On a halt nothing more goes either way: `halted` resolves at once for `halt-before` (the write
 * never reaches the database), and once the database has answered for `halt-after` (the write is
 * applied; the importer never hears so). Then is the moment to kill the importer.
 */
export const startWireProxy = async (
  upstream: URL,
  decide: (write: WireWrite) => WriteDecision,
) => {
  let writes = 0
  let halted = false
  let resolveHalted = () => {}
  const stopped = new Promise<void>((resolve) => (resolveHalted = resolve))
  const sockets = new Set<Socket>()
  let held = false
  const halt = () => {
    halted = true
    for (const socket of sockets) socket.destroy()
    resolveHalted()
  }
  /** As `halt`, but every connection stays open, and silent. */
  const hold = () => {
    halted = held = true
    resolveHalted()
  }
  const server = createServer((client) => {
    if (held) {
      // A new connection is held as well: open, and no answer ever comes.
      sockets.add(client)
      client.on('error', () => client.destroy())
      return
    }
    if (halted) return void client.destroy()
    const db = connect(Number(upstream.port || 27017), upstream.hostname)
    for (const socket of [client, db]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => socket.destroy())
    }
    // After a halt-after, the database's answer must still arrive: only then is the write done.
    client.on('close', () => !halted && db.destroy())
    db.on('close', () => client.destroy())
    db.on('data', (chunk: Buffer) => !halted && client.write(chunk))
    let pending = Buffer.alloc(0)
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      while (!halted && pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const message = pending.subarray(0, pending.readInt32LE(0))
        pending = pending.subarray(message.length)
        const command = commandOf(message)
        const decision =
          command && WRITES.has(command.command)
            ? decide({ ...command, number: ++writes })
            : 'forward'
        if (decision === 'halt-before') return halt()
        if (decision === 'hold-before') return hold()
        if (decision === 'halt-after') {
          halted = true
          db.once('data', halt)
          db.once('close', halt)
        }
        db.write(message)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxied = new URL(upstream)
  proxied.host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    close: () =>
      new Promise<void>((resolve) => {
        halt()
        server.close(() => resolve())
      }),
    /** Resolves once a halt is complete; never, if no write is halted. */
    halted: stopped,
    /** The database URI with the proxy in place of the server. */
    uri: proxied.toString(),
    writes: () => writes,
  }
}
