import { JSDOM } from 'jsdom'

import type { BlockKind } from './collector.js'

import { escapeHtml } from '../../../text/html.js'
import { Collector } from './collector.js'
import { renderBlocks } from './render.js'
import { BLOCKS, DROPPED, FORMATS, OWN_BLOCKS } from './tags.js'
import { fileName, isScriptUrl, isWebUrl, resolveUrl, schemeOf } from './urls.js'

export interface CleanHtml {
  html: string
  /** Every image, kept in `html` as a link to its original URL. */
  images: { alt: string; url: string }[]
  /** Absolute web links of the body, in order, without duplicates (images not included). */
  links: string[]
  /** What was removed, for the report: `<script>`, `<iframe> (https://…)`, `onerror attribute`. */
  removed: string[]
  /** Plain text, paragraphs and list items separated by a blank line. */
  text: string
}

export interface CleanOptions {
  /** WordPress stores paragraphs as blank lines; its `wpautop` adds the `<p>` on display. */
  autop?: boolean
  /** Resolves relative links and images: the post's address on the old blog. */
  baseUrl?: string
}

/**
 * Sanitises source HTML by rebuilding it from an allow-list (paragraphs, headings, quotes, lists,
 * links, basic formatting), never by deleting what looks bad: no attribute but a checked `href`
 * survives, so scripts, iframes, event handlers and `javascript:` links cannot reach stored
 * content. One JSDOM serves a whole file; `template` content is inert (nothing runs or loads).
 */
export const createHtmlCleaner = () => {
  const { document } = new JSDOM('').window

  return (html: string, options: CleanOptions = {}): CleanHtml => {
    const collector = new Collector()
    const images: CleanHtml['images'] = []
    const removed: string[] = []
    let nextList = 1

    const walk = (node: Node): void => node.childNodes.forEach(visit)

    const within = (kind: BlockKind, element: Element): void => {
      collector.flush()
      const previous = collector.kind
      collector.kind = kind
      walk(element)
      collector.flush()
      collector.kind = previous
    }

    const text = (value: string): void => {
      if (!options.autop || collector.kind === 'pre') return collector.addText(value)
      value.split(/\n[^\S\n]*\n/).forEach((paragraph, index) => {
        if (index > 0) collector.flush()
        paragraph.split('\n').forEach((line, at) => {
          if (at > 0) collector.lineBreak()
          collector.addText(line)
        })
      })
    }

    const link = (element: Element): void => {
      const raw = element.getAttribute('href')
      const href = collector.linkDepth === 0 ? resolveUrl(raw, options.baseUrl) : null
      if (!href) {
        if (isScriptUrl(raw)) removed.push(`a ${schemeOf(raw)}: link`)
        return walk(element)
      }
      if (isWebUrl(href)) collector.links.push(href)
      collector.openTag('a', ` href="${escapeHtml(href)}"`)
      collector.linkDepth += 1
      walk(element)
      collector.linkDepth -= 1
      collector.closeTag()
    }

    const image = (element: Element): void => {
      const url = resolveUrl(element.getAttribute('src'), options.baseUrl)
      if (!url || !isWebUrl(url)) return void removed.push('an image with no web address')
      const name = fileName(url)
      const alt = (element.getAttribute('alt') ?? element.getAttribute('title') ?? '').trim()
      const label = `image: ${alt || name}`
      images.push({ alt, url })
      if (collector.linkDepth > 0) return collector.append(escapeHtml(label), label)
      collector.append(`<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`, label)
    }

    const list = (element: Element): void => {
      collector.flush()
      const previous = collector.list
      collector.list = previous ?? { id: nextList++, ordered: element.localName === 'ol' }
      walk(element)
      collector.flush()
      collector.list = previous
    }

    const visit = (node: Node): void => {
      if (node.nodeType === node.TEXT_NODE) return text(node.textContent ?? '')
      if (node.nodeType !== node.ELEMENT_NODE) return
      const element = node as Element
      const tag = element.localName
      for (const { name } of Array.from(element.attributes)) {
        if (/^on/i.test(name)) removed.push(`${name} attribute on <${tag}>`)
      }
      if (DROPPED.has(tag)) {
        const source = element.getAttribute('src') ?? element.getAttribute('data')
        return void removed.push(`<${tag}>${source ? ` (${source})` : ''}`)
      }
      if (tag === 'br') return collector.lineBreak()
      if (tag === 'a') return link(element)
      if (tag === 'img') return image(element)
      if (tag === 'ul' || tag === 'ol') return list(element)
      if (OWN_BLOCKS.has(tag)) return within(tag as BlockKind, element)
      if (BLOCKS.has(tag)) {
        collector.flush()
        walk(element)
        return collector.flush()
      }
      const format = FORMATS[tag]
      if (!format) return walk(element)
      collector.openTag(format)
      walk(element)
      collector.closeTag()
    }

    const template = document.createElement('template')
    template.innerHTML = html
    walk(template.content)
    collector.flush()
    const rendered = renderBlocks(collector.blocks)
    return { ...rendered, images, links: [...new Set(collector.links)], removed }
  }
}

export type HtmlCleaner = ReturnType<typeof createHtmlCleaner>
