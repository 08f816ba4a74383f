import type { HtmlCleaner } from './html/clean.js'

import { DROPPED } from './html/tags.js'

/** Inline tags a title may really be written in ("<em>Xen</em> 3.0 released"). */
const TITLE_MARKUP = /<\/?(?:a|abbr|b|br|cite|code|del|em|font|i|ins|kbd|mark|q|s|small|span|strike|strong|sub|sup|tt|u)\b[^<>]*>/i

/** Tags the cleaner drops with their content (`<script>`): never kept, even as a title's text. */
const dangerous = (raw: string): boolean =>
  [...raw.matchAll(/<\/?([a-z][\w-]*)/gi)].some(([, name]) => DROPPED.has(name.toLowerCase()))

const isMarkup = (raw: string): boolean => TITLE_MARKUP.test(raw) || dangerous(raw)

/**
 * A title as plain text. Feeds and exports write titles as escaped HTML, so entities are decoded
 * ("Fish &amp; chips"); but text that only looks like markup, such as a title about the `<html>`
 * element, is kept as text: only inline formatting tags count as markup, and active content
 * (`<script>`, `<iframe>` …) is removed as the body's cleaner removes it.
 */
export const plainTitle = (raw: string, clean: HtmlCleaner): string => {
  const html = isMarkup(raw) ? raw : raw.replace(/</g, '&lt;')
  return clean(html).text.replace(/\s+/g, ' ').trim()
}
