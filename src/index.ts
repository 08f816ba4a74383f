export { adminOrSelf } from './access/adminOrSelf.js'
export { anyone } from './access/anyone.js'
export { canPreview } from './access/canPreview.js'
export { isAdmin } from './access/isAdmin.js'
export { isStaff, isStaffField } from './access/isStaff.js'
export { publishedOrPreview } from './access/publishedOrPreview.js'
export { sanitizeOptions } from './options/sanitizeOptions.js'
export { createNewsroomCollections, newsroomPlugin } from './plugin.js'
export type {
  CollectionOverride,
  GenerateURL,
  ImportMediaOptions,
  NewsroomCollection,
  NewsroomPluginOptions,
  NewsroomRole,
  ProductCategory,
  SanitizedNewsroomOptions,
  SeoPlugin,
  URLDoc,
} from './types.js'
export { newsroomCollections } from './types.js'
export { hasRole, rolesOf } from './utilities/hasRole.js'
export { IMPORT_CONTEXT_KEY, isImportWrite } from './utilities/importContext.js'
