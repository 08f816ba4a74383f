import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload, RichTextField } from 'payload'

import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'

/** Documents parsed per window: each leaves listeners on its window, so parsing slows as they pile up. */
const PARSES_PER_WINDOW = 100

/**
 * What `convertHTMLToLexical` needs of JSDOM (`new JSDOM(html).window.document`), parsed in a
 * window that serves many posts: a JSDOM window per post was most of a first import's time
 * (docs/performance.md), and a fresh document in an existing window is cheap.
 */
const sharedWindowDOM = (): new (html: string) => { window: { document: Document } } => {
  let window = new JSDOM('').window
  let parser = new window.DOMParser()
  let parses = 0
  class SharedWindowDOM {
    readonly window: { document: Document }
    constructor(html: string) {
      if (++parses > PARSES_PER_WINDOW) {
        window.close()
        window = new JSDOM('').window
        parser = new window.DOMParser()
        parses = 1
      }
      this.window = { document: parser.parseFromString(html, 'text/html') }
    }
  }
  return SharedWindowDOM
}

/**
 * The editor of the posts' `content` field, so imported text holds only what that field's editor
 * allows (a host's posts may use another editor than the config's default); the default editor
 * where the field has none of its own.
 */
const contentEditor = async (payload: Payload, postsSlug: string): Promise<SanitizedServerEditorConfig> => {
  const field = payload.collections[postsSlug]?.config.flattenedFields.find(
    (candidate): candidate is RichTextField => candidate.name === 'content' && candidate.type === 'richText',
  )
  return field?.editor
    ? editorConfigFactory.fromField({ field })
    : editorConfigFactory.default({ config: payload.config })
}

/**
 * Builds Lexical state with richtext-lexical's own HTML converter, never by hand. The importer's
 * HTML is escaped and limited to paragraphs, lists and links before it gets here.
 */
export const createRichText = async (payload: Payload, postsSlug: string) => {
  const editorConfig = await contentEditor(payload, postsSlug)
  const dom = sharedWindowDOM()
  return (html: string) => convertHTMLToLexical({ editorConfig, html, JSDOM: dom })
}

/**
 * Whether the posts' editor can hold an upload node for the media collection: it has the upload
 * feature, and that feature does not leave the collection out.
 */
export const editorTakesUploads = async (payload: Payload, postsSlug: string, mediaSlug: string): Promise<boolean> => {
  const feature = (await contentEditor(payload, postsSlug)).resolvedFeatureMap.get('upload')
  if (!feature) return false
  const props = (feature.sanitizedServerFeatureProps ?? {}) as {
    disabledCollections?: string[]
    enabledCollections?: string[]
  }
  if (props.enabledCollections) return props.enabledCollections.includes(mediaSlug)
  return !props.disabledCollections?.includes(mediaSlug)
}
