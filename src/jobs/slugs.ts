/**
 * The slugs of Newsroom's tasks, apart from the tasks themselves: a collection hook that queues
 * a job needs only the name, not the importer or the mention scanner behind it.
 */

/** The task that imports one uploaded file. */
export const IMPORT_FILE_TASK = 'newsroomImportFile'

/** The task that rescans every post's product mentions. */
export const RESCAN_MENTIONS_TASK = 'newsroomRescanMentions'

/** The task that removes a deleted product's mentions from every post. */
export const REMOVE_MENTIONS_TASK = 'newsroomRemoveProductMentions'

/** The task that tells one site which paths and tags changed. */
export const REVALIDATE_TASK = 'newsroomRevalidate'

/**
 * Revalidation calls have a queue of their own, so a host can run it often (a site should update
 * within seconds) without running imports and rescans as often.
 */
export const REVALIDATE_QUEUE = 'newsroomRevalidate'
