'use client'

/** Client components for the admin, referenced from the config as `@newsroom/payload-plugin/client#…`. */
export { MentionRowLabel } from '../components/MentionRowLabel.js'
