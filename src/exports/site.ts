/**
 * For a site that reads Newsroom: checks the CMS's revalidation calls and preview links. Server
 * code only; it needs `node:crypto` and the secrets, which never reach a browser.
 */
export {
  MAX_SIGNATURE_AGE_MS,
  REVALIDATE_SIGNATURE_HEADER,
  type RevalidationBody,
  verifyPreviewURL,
  verifyRevalidation,
} from '../utilities/signatures.js'
