/** Where the posts (and the side items: attachments, comments) of each XML format sit. */
const LEVELS: Record<string, { depth: number; name: string }> = {
  // RSS and WordPress: rss > channel > item
  rss: { depth: 2, name: 'item' },
  // Atom, Blogger: feed > entry
  feed: { depth: 1, name: 'entry' },
}

/** Markup whose content is no markup, and the text that ends it. */
const OPAQUE: [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
]

/** Enough text after a `<` to tell a comment, CDATA or a tag apart. */
const LOOKAHEAD = 9

/** Where a tag's `>` is, past quoted attribute values (which may hold `>`); -1 when not yet read. */
const tagEnd = (text: string, from: number): number => {
  let quote = ''
  for (let index = from + 1; index < text.length; index++) {
    const char = text[index]
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") quote = char
    else if (char === '>') return index
  }
  return -1
}

/** A DOCTYPE's end, past its internal subset; -1 when not yet read. */
const doctypeEnd = (text: string, from: number): number => {
  const close = text.indexOf('>', from)
  const open = text.indexOf('[', from)
  if (open === -1 || (close !== -1 && close < open)) return close
  const subset = text.indexOf(']', open)
  return subset === -1 ? -1 : text.indexOf('>', subset)
}

/**
 * Finds where each item of an XML export starts, reading the text as it comes: elements are
 * counted by depth, and CDATA sections, comments, processing instructions and quoted attribute
 * values are stepped over, so a post that quotes `<item>` never splits a file. The root element
 * says which items to look for (`LEVELS`); any other root has none.
 */
export class ItemFinder {
  private depth = 0
  /** The elements open above the items (`rss`, `channel`): a piece closes them. */
  private readonly open: string[] = []
  level?: { depth: number; name: string }
  root?: string

  /**
   * The end tags that close a piece cut at an item's start: what was open at the first item
   * (reading may have gone on past where a piece is cut).
   */
  closing = ''

  /**
   * Reads `text` from `from`: the offsets where items start, and where reading stopped (markup
   * not yet complete, read again with more text; at the end, `final`, everything is read).
   */
  scan(text: string, from: number, final: boolean): { next: number; starts: number[] } {
    const starts: number[] = []
    let index = from
    for (;;) {
      const lt = text.indexOf('<', index)
      if (lt === -1) return { next: text.length, starts }
      if (!final && text.length - lt < LOOKAHEAD) return { next: lt, starts }
      const opaque = OPAQUE.find(([start]) => text.startsWith(start, lt))
      let end: number
      if (opaque) {
        const close = text.indexOf(opaque[1], lt + opaque[0].length)
        end = close === -1 ? -1 : close + opaque[1].length - 1
      } else if (text.startsWith('<!', lt)) end = doctypeEnd(text, lt)
      else end = tagEnd(text, lt)
      if (end === -1) return { next: final ? text.length : lt, starts }
      index = end + 1
      if (opaque || text[lt + 1] === '!') continue
      if (text[lt + 1] === '/') {
        this.depth = Math.max(0, this.depth - 1)
        if (this.open.length > this.depth) this.open.length = this.depth
        continue
      }
      const name = /^<([^\s/>]+)/.exec(text.slice(lt, Math.min(end, lt + 200)))?.[1] ?? ''
      if (this.root === undefined) {
        this.root = name
        this.level = LEVELS[name]
      }
      if (this.level && this.depth === this.level.depth && name === this.level.name) {
        if (starts.length === 0) this.closing = [...this.open].reverse().map((n) => `</${n}>`).join('')
        starts.push(lt)
      }
      if (text[end - 1] === '/') continue
      if (this.level && this.depth < this.level.depth) this.open.push(name)
      this.depth += 1
    }
  }
}
