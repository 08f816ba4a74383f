import type { CommandStartedEvent, CommandSucceededEvent, MongoClient } from 'mongodb'

export interface CommandTally {
  collection: string
  command: string
  count: number
  ms: number
  /** The query with its values blanked: which fields it filters on, which is what costs. */
  shape: string
}

const blank = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(blank)
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]))
  }
  return '?'
}

/** The part of a command that says what it looks for: a filter, an update's query, a pipeline. */
const shapeOf = (command: Record<string, unknown>): string => {
  const updates = command.updates as { q?: unknown }[] | undefined
  const query = command.filter ?? command.pipeline ?? updates?.[0]?.q ?? command.query
  return query === undefined ? '' : JSON.stringify(blank(query)).slice(0, 160)
}

/**
 * Tallies every command a client sends, by command and collection, with the time until the
 * server answered. CPU profiles show the Node side; this shows what the database is asked.
 * The client must have been created with `monitorCommands: true`.
 */
export const tallyCommands = (client: MongoClient) => {
  const started = new Map<number, { collection: string; shape: string }>()
  const totals = new Map<string, CommandTally>()
  const onStart = (e: CommandStartedEvent) => {
    const target = e.command[e.commandName]
    const collection = typeof target === 'string' ? target : ''
    started.set(e.requestId, { collection, shape: shapeOf(e.command) })
  }
  const onDone = (e: CommandSucceededEvent) => {
    const { collection, shape } = started.get(e.requestId) ?? { collection: '', shape: '' }
    started.delete(e.requestId)
    const key = `${e.commandName} ${collection} ${shape}`
    const tally = totals.get(key) ?? { collection, command: e.commandName, count: 0, ms: 0, shape }
    tally.count++
    tally.ms += e.duration
    totals.set(key, tally)
  }
  client.on('commandStarted', onStart)
  client.on('commandSucceeded', onDone)
  return {
    stop: (): CommandTally[] => {
      client.off('commandStarted', onStart)
      client.off('commandSucceeded', onDone)
      return [...totals.values()].sort((a, b) => b.ms - a.ms)
    },
  }
}
