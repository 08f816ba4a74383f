import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'

/**
 * Builds Lexical state with richtext-lexical's own HTML converter, never by hand. The importer's
 * HTML is escaped and limited to paragraphs, lists and links before it gets here.
 */
export const createRichText = async (payload: Payload) => {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.default({
    config: payload.config,
  })
  return (html: string) => convertHTMLToLexical({ editorConfig, html, JSDOM })
}
