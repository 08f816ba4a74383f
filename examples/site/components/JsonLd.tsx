/**
 * The document's schema.org JSON-LD (the CMS builds it in the `jsonLd` field). `<` is escaped
 * so text inside cannot close the script element.
 */
export function JsonLd({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null
  return (
    <script
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
      type="application/ld+json"
    />
  )
}
