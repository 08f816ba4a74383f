import type { RelationValue } from '../utilities/relationId.js'

import { isRelation } from '../utilities/relationId.js'

type JsonNode = Record<string, unknown>

const isNode = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null

/**
 * The files a rich text shows through its upload nodes, in reading order: each as stored (an
 * id) or as populated (the document), for the upload collection `relationTo` only. The importer
 * puts upload nodes at the top level; the whole tree is read, so one an editor nested is found
 * too. A node whose file the reader may not see (population left `null`) gives nothing.
 */
export const uploadsIn = (content: unknown, relationTo: string): RelationValue[] => {
  const found: RelationValue[] = []
  const walk = (node: unknown): void => {
    if (!isNode(node)) return
    if (node.type === 'upload' && node.relationTo === relationTo && isRelation(node.value)) {
      found.push(node.value)
    }
    if (Array.isArray(node.children)) for (const child of node.children) walk(child)
  }
  if (isNode(content)) walk(content.root)
  return found
}
