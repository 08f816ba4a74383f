/** A Lexical text node; `format` 1 is bold. */
export const textNode = (text: string, format = 0) => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

/** Lexical JSON for paragraphs of the given inline nodes, as the admin's editor saves them. */
export const lexicalParagraphs = (...paragraphChildren: Record<string, unknown>[][]) => ({
  root: {
    type: 'root',
    children: paragraphChildren.map((children) => ({
      type: 'paragraph',
      children,
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
    })),
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
})

/** Lexical JSON for plain paragraphs, as the admin's editor saves them. */
export const paragraphs = (...texts: string[]) => lexicalParagraphs(...texts.map((text) => [textNode(text)]))

/**
 * A Lexical upload node, as the admin's editor and the importer save one: a block of its own
 * between paragraphs, pointing at a document of the media collection.
 */
export const uploadNode = (value: number | string, relationTo = 'media') => ({
  type: 'upload',
  fields: {},
  format: '',
  // The node's own id (not the upload's): 24 hex digits, as the editor makes them.
  id: [...Array(24)].map(() => Math.floor(Math.random() * 16).toString(16)).join(''),
  relationTo,
  value,
  version: 3,
})

/** Lexical JSON for blocks as they are (paragraphs, upload nodes, …), in order. */
export const lexicalBlocks = (...children: Record<string, unknown>[]) => ({
  root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 },
})

/** A Lexical paragraph of plain text. */
export const paragraph = (text: string) => lexicalParagraphs([textNode(text)]).root.children[0]!
