'use client'

/** Client components for the admin, referenced from the config as `@newsroom/payload-plugin/client#…`. */
export { ImportProgress } from '../components/ImportProgress.js'
export { MentionRowLabel } from '../components/MentionRowLabel.js'
