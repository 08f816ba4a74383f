import type { StoredMedia } from './stored.js'

type LexicalNode = { [key: string]: unknown; children?: unknown[]; type?: string; value?: unknown }

/**
 * Lexical's HTML converter reads an upload node's document id from an attribute, so it is
 * always a string; SQL databases number their ids. The node gets the id as the database has it.
 */
export const withUploadIds = <T extends Record<string, unknown>>(state: T, stored: Map<string, StoredMedia>): T => {
  const ids = new Map([...stored.values()].map(({ id }) => [String(id), id]))
  if (ids.size === 0) return state
  const visit = (node: LexicalNode): void => {
    if (node.type === 'upload' && typeof node.value === 'string' && ids.has(node.value)) {
      node.value = ids.get(node.value)
    }
    for (const child of node.children ?? []) visit(child as LexicalNode)
  }
  visit((state as { root?: LexicalNode }).root ?? {})
  return state
}
