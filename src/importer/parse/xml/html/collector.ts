import { escapeHtml, findUrls } from '../../../text/html.js'

/** `img` is an image block: its HTML is written as it is, outside any paragraph. */
export type BlockKind =
  'blockquote' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'img' | 'li' | 'p' | 'pre'

export interface Block {
  html: string
  kind: BlockKind
  /** The list an item belongs to; nested lists are flattened into the outermost one. */
  list?: { id: number; ordered: boolean }
  text: string
}

/** A tag the collector opened and closed with nothing between, left when a block was split. */
const EMPTY_TAG = /<([a-z]+)(?: [^>]*)?><\/\1>/g

const withoutEmptyTags = (html: string): string => {
  let result = html
  for (let previous = ''; previous !== result;) {
    previous = result
    result = result.replace(EMPTY_TAG, '')
  }
  return result
}

/**
 * Collects clean paragraphs while the cleaner walks the DOM. Inline formatting still open when a
 * paragraph ends (`<b>a<br><br>b</b>`) is closed there and reopened in the next one, so every
 * block's HTML is balanced whatever the source did.
 */
export class Collector {
  readonly blocks: Block[] = []
  kind: BlockKind = 'p'
  readonly links: string[] = []
  linkDepth = 0
  list?: Block['list']
  private html = ''
  private readonly open: { name: string; tag: string }[] = []
  private pendingBreak = false
  private text = ''

  /** Whether the block being collected has any text yet. */
  get hasText(): boolean {
    return this.text.trim() !== ''
  }

  /** Text from the source: whitespace collapsed (kept in `pre`), bare URLs linked. */
  addText(raw: string): void {
    const text = this.kind === 'pre' ? raw : raw.replace(/\s+/g, ' ')
    if (text.trim() === '' && (this.text.trim() === '' || this.pendingBreak)) return
    if (this.kind === 'pre') {
      text.split('\n').forEach((line, index) => {
        if (index > 0) this.append('<br>', '\n')
        this.addRun(line)
      })
      return
    }
    this.addRun(this.text === '' || this.text.endsWith('\n') ? text.trimStart() : text)
  }

  /** Markup the cleaner built itself (escaped already) with its plain-text reading. */
  append(html: string, text: string): void {
    if (this.pendingBreak) {
      this.pendingBreak = false
      this.html += '<br>'
      this.text += '\n'
    }
    this.html += html
    this.text += text
  }

  /**
   * A block of its own between the current one and the next (an image, the link that wrapped
   * it): the current block ends here and the next reopens its formatting.
   */
  addBlock(kind: BlockKind, html: string, text: string): void {
    this.flush()
    this.blocks.push({ html, kind, text })
  }

  /** One `<br>` breaks the line; two in a row end the paragraph, as Blogger writes them. */
  lineBreak(): void {
    if (this.text.trim() === '') return
    if (this.pendingBreak) this.flush()
    else this.pendingBreak = true
  }

  openTag(name: string, attributes = ''): void {
    const tag = `<${name}${attributes}>`
    this.open.push({ name, tag })
    this.html += tag
  }

  closeTag(): void {
    const closed = this.open.pop()
    if (closed) this.html += `</${closed.name}>`
  }

  /** Ends the current block (if it has any text) and starts the next with formatting reopened. */
  flush(): void {
    this.pendingBreak = false
    const text = this.text.trim()
    if (text) {
      const closing = [...this.open]
        .reverse()
        .map(({ name }) => `</${name}>`)
        .join('')
      this.blocks.push({
        html: withoutEmptyTags(this.html + closing).trim(),
        kind: this.kind,
        list: this.list,
        text,
      })
    }
    this.html = this.open.map(({ tag }) => tag).join('')
    this.text = ''
  }

  private addRun(text: string): void {
    if (this.linkDepth > 0 || this.kind === 'pre') return this.append(escapeHtml(text), text)
    let position = 0
    for (const url of findUrls(text)) {
      this.append(escapeHtml(text.slice(position, url.index)), text.slice(position, url.index))
      this.append(`<a href="${escapeHtml(url.href)}">${escapeHtml(url.text)}</a>`, url.text)
      this.links.push(url.href)
      position = url.end
    }
    this.append(escapeHtml(text.slice(position)), text.slice(position))
  }
}
