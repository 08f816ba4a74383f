import type { Payload, Where } from 'payload'

import { importWrite } from './context.js'

type Id = number | string

/** The id of the first document that matches, if any. */
export const firstId = async (
  payload: Payload,
  collection: string,
  where: Where,
): Promise<Id | undefined> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    joins: false,
    limit: 1,
    pagination: false,
    // The trash too: a trashed document still holds its unique slug or key.
    trash: true,
    where,
  })
  return docs[0]?.id
}

/**
 * Whether the database answers a read. A write that failed while it does was refused (Payload's
 * validation, a hook of the app); one that failed while it does not says nothing about the
 * document: the database failed, and the import must stop rather than report the document.
 */
export const databaseAnswers = (payload: Payload, collection: string): Promise<boolean> =>
  firstId(payload, collection, {}).then(
    () => true,
    () => false,
  )

/**
 * Creates a document, as the importer writes. Imports can run side by side (two uploads, the
 * command line and a job), so a create that fails on a unique field may have lost a race:
 * `adopt` looks for what the other import created, and its id is the answer. When `adopt` finds
 * nothing, the failure is real and is rethrown.
 */
export const createOrAdopt = async (
  payload: Payload,
  args: {
    adopt: () => Promise<Id | undefined>
    collection: string
    data: Record<string, unknown>
    draft?: boolean
  },
): Promise<{ created: boolean; id: Id }> => {
  const { adopt, collection, data, draft } = args
  try {
    const { id } = await payload.create({ ...importWrite, collection, data, draft })
    return { created: true, id }
  } catch (error) {
    const id = await adopt()
    if (id === undefined) throw error
    return { created: false, id }
  }
}
