import type { Post } from '../../../payload-types.js'

import { isMedia } from '../lib/media.js'
import { formatDate } from './formatDate.js'
import { MediaImage } from './MediaImage.js'
import { RichContent } from './RichContent.js'

/** A relation's populated documents; bare ids (not populated) are left out. */
const named = <T extends object>(items: (string | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object')

/**
 * A post: its hero image, its text with its pictures, its categories and authors by name, and
 * the products it mentions, each linked to its page with the sentence that names it. Rendered on
 * the server, or in the browser under live preview, from the same document shape; `origin` is
 * the CMS's public address, which serves the images.
 */
export function PostBody({ origin, post }: { origin: string; post: Post }) {
  const authors = (post.populatedAuthors ?? []).flatMap(({ name }) => (name ? [name] : []))
  if (!authors.length && post.legacyAuthor) authors.push(post.legacyAuthor)
  const products = (post.mentions ?? []).flatMap(({ context, product }) =>
    typeof product === 'object' ? [{ context, product }] : [],
  )
  return (
    <article>
      {isMedia(post.heroImage) ? (
        <div className="hero" data-testid="post-hero">
          <MediaImage media={post.heroImage} origin={origin} preload />
        </div>
      ) : null}
      <h1 data-testid="post-title">{post.title}</h1>
      <p className="byline">
        {post.publishedAt ? <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time> : null}
        {authors.length ? <span data-testid="post-authors"> · by {authors.join(', ')}</span> : null}
      </p>
      {named(post.categories).length ? (
        <p data-testid="post-categories">
          Filed under{' '}
          {named(post.categories).map((category, i) => (
            <span key={category.id}>
              {i ? ', ' : ''}
              <a href={`/categories/${category.slug}`}>{category.title}</a>
            </span>
          ))}
        </p>
      ) : null}
      {post.content ? <RichContent data={post.content} origin={origin} /> : null}
      {products.length ? (
        <section data-testid="post-products">
          <h2>Products in this post</h2>
          <ul>
            {products.map(({ context, product }) => (
              <li key={product.id}>
                <a href={`/products/${product.slug}`}>{product.name}</a>
                {context ? <blockquote>{context}</blockquote> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
