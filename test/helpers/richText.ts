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
