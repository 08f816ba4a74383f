import { JSDOM } from 'jsdom'

import type { BlockKind } from './collector.js'
import type { BodyImage } from './images.js'

import { escapeHtml } from '../../../text/html.js'
import { Collector } from './collector.js'
import { imageLabel } from './imageFallback.js'
import { createLineFinder, imageBlockHtml, isTrackingImage, picturesIn } from './images.js'
import { sameFile } from './imageVariants.js'
import { renderBlocks } from './render.js'
import { BLOCKS, DROPPED, FORMATS, OWN_BLOCKS } from './tags.js'
import { isScriptUrl, isWebUrl, resolveUrl, schemeOf } from './urls.js'

export interface CleanHtml {
  html: string
  /** Every image, in order: each is its own block in `html`, `<img src="URL" alt="ALT">`. */
  images: BodyImage[]
  /**
   * Absolute web links of the body, in order, without duplicates (images not included, nor a
   * link dropped because it wrapped another size of its image).
   */
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
  /** 1-based line of the source where the HTML starts, so each image gets its own line. */
  line?: number
}

/**
 * Sanitises source HTML by rebuilding it from an allow-list (paragraphs, headings, quotes, lists,
 * links, basic formatting), never by deleting what looks bad: no attribute but a checked `href`
 * (and an image's checked `src` and its `alt`) survives, so scripts, iframes, event handlers and
 * `javascript:` links cannot reach stored content. An image is a block of its own (Lexical's
 * upload node is a block), so the paragraph it was in is split around it. One JSDOM serves a
 * whole file; `template` content is inert (nothing runs or loads).
 */
export const createHtmlCleaner = () => {
  const { document } = new JSDOM('').window

  return (html: string, options: CleanOptions = {}): CleanHtml => {
    const collector = new Collector()
    const images: BodyImage[] = []
    const lineOf = createLineFinder(html, options.line)
    const removed: string[] = []
    let nextList = 1
    /** A link being dropped because it wraps another size of its image. */
    let pictureLink: string | undefined

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
      const pictures = picturesIn(element, options.baseUrl)
      if (pictures.some((url) => sameFile(url, href))) {
        // Another size of the picture it wraps: the image block stands for both.
        pictureLink = href
        walk(element)
        pictureLink = undefined
        return
      }
      if (isWebUrl(href)) collector.links.push(href)
      // A link elsewhere around an image follows the image, as a paragraph of its own.
      if (pictures.length > 0) collector.flush()
      const before = images.length
      collector.openTag('a', ` href="${escapeHtml(href)}"`)
      collector.linkDepth += 1
      walk(element)
      const first = images[before]
      if (first && !collector.hasText) {
        const words = first.alt || href
        collector.append(escapeHtml(words), words)
      }
      collector.linkDepth -= 1
      collector.closeTag()
      if (pictures.length > 0) collector.flush()
    }

    const image = (element: Element): void => {
      const raw = element.getAttribute('src')
      const url = resolveUrl(raw, options.baseUrl)
      if (!url || !isWebUrl(url)) return void removed.push('an image with no web address')
      // Feeds carry 1×1 counters (FeedBurner, Medium, news sites): no picture, and no Media document.
      if (isTrackingImage(element, url)) {
        return void removed.push(`a tracking image (${url})`)
      }
      const alt = (element.getAttribute('alt') ?? element.getAttribute('title') ?? '')
        .replace(/\s+/g, ' ')
        .trim()
      const line = lineOf(raw)
      const link = pictureLink && sameFile(pictureLink, url) ? pictureLink : undefined
      images.push({ alt, url, ...(line === undefined ? {} : { line }), ...(link ? { link } : {}) })
      collector.addBlock('img', imageBlockHtml(url, alt), imageLabel(url, alt))
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
      // FeedBurner's share buttons (FeedFlare): counters and ads, not the post's pictures.
      if (element.classList.contains('feedflare')) return void removed.push('FeedBurner share buttons')
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
