import type { Unit } from './types.js'

import { findUrls, linkify } from '../../text/html.js'

export interface RenderedBody {
  html: string
  links: string[]
  text: string
  textLines: number[]
}

type Block = { items: Unit[]; kind: 'ol' | 'ul' } | { kind: 'p'; unit: Unit }

/** Groups units into paragraphs and lists; a lone "1." line is prose, not a one-item list. */
const toBlocks = (units: Unit[]): Block[] => {
  const blocks: Block[] = []
  for (const unit of units) {
    const last = blocks.at(-1)
    const list = unit.kind === 'bullet' ? 'ul' : unit.kind === 'ordered' ? 'ol' : undefined
    if (list && last && last.kind === list) last.items.push(unit)
    else if (list) blocks.push({ items: [unit], kind: list })
    else blocks.push({ kind: 'p', unit })
  }
  return blocks.map((block) =>
    block.kind === 'ol' && block.items.length === 1
      ? { kind: 'p', unit: { ...block.items[0], kind: 'text', text: block.items[0].raw } }
      : block,
  )
}

/** Safe HTML (every character of the source escaped, bare URLs linked) and plain text. */
export const renderBody = (units: Unit[]): RenderedBody => {
  const html: string[] = []
  const paragraphs: string[] = []
  const textLines: number[] = []
  for (const block of toBlocks(units)) {
    if (block.kind === 'p') {
      html.push(`<p>${linkify(block.unit.text)}</p>`)
      paragraphs.push(block.unit.text)
      textLines.push(block.unit.line)
      continue
    }
    const items = block.items.map((item) => `<li>${linkify(item.text)}</li>`).join('')
    html.push(`<${block.kind}>${items}</${block.kind}>`)
    block.items.forEach((item, index) => {
      paragraphs.push(`${block.kind === 'ul' ? '•' : `${index + 1}.`} ${item.text}`)
      textLines.push(item.line)
    })
  }
  const text = paragraphs.join('\n\n')
  const links = [...new Set(findUrls(text).map((url) => url.href))]
  return { html: html.join(''), links, text, textLines }
}
