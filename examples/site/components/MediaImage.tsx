import Image from 'next/image'

import type { Media } from '../../../payload-types.js'

import { mediaURL } from '../lib/media.js'

interface Props {
  /** The alt text where the text gives one (an upload node's own); the upload's otherwise. */
  alt?: null | string
  media: Media
  origin: string
  /** The hero, which is the first thing seen: fetched early, not lazily. */
  preload?: boolean
}

/**
 * An upload from the CMS's media: a picture through `next/image`, at the size the CMS measured
 * (so the page does not jump as it loads), with its caption; any other file a link to it.
 * `next.config.mjs` sets `images.unoptimized`: the CMS serves the files, in the sizes it makes.
 */
export function MediaImage({ alt, media, origin, preload = false }: Props) {
  if (!media.url) return null
  const src = mediaURL(media.url, origin)
  if (!media.mimeType?.startsWith('image/')) {
    return (
      <p>
        <a href={src}>{media.filename || media.alt}</a>
      </p>
    )
  }
  const text = alt || media.alt || ''
  return (
    <figure>
      {media.width && media.height ? (
        <Image alt={text} height={media.height} preload={preload} src={src} width={media.width} />
      ) : (
        // A picture the CMS could not measure (an SVG, say): `next/image` requires a size.
        <img alt={text} src={src} />
      )}
      {media.caption ? <figcaption>{media.caption}</figcaption> : null}
    </figure>
  )
}
