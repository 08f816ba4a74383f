import type { Block } from './collector.js'

const wrap = (block: Block): string => {
  if (block.kind === 'img') return block.html
  if (block.kind === 'pre') return `<p><code>${block.html}</code></p>`
  return `<${block.kind}>${block.html}</${block.kind}>`
}

/**
 * Blocks to the HTML Lexical's converter gets and to the plain text: list items grouped into
 * their lists, and written "• item" or "1. item" in the text, as the capture format does.
 */
export const renderBlocks = (blocks: Block[]): { html: string; text: string } => {
  const html: string[] = []
  const text: string[] = []
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index]
    if (block.kind !== 'li') {
      html.push(wrap(block))
      text.push(block.text)
      index += 1
      continue
    }
    const items: Block[] = []
    while (blocks[index]?.kind === 'li' && blocks[index].list?.id === block.list?.id) {
      items.push(blocks[index])
      index += 1
    }
    const tag = block.list?.ordered ? 'ol' : 'ul'
    html.push(`<${tag}>${items.map((item) => `<li>${item.html}</li>`).join('')}</${tag}>`)
    items.forEach((item, at) => text.push(`${tag === 'ol' ? `${at + 1}.` : '•'} ${item.text}`))
  }
  return { html: html.join(''), text: text.join('\n\n') }
}
