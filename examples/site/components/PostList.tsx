import { formatDate } from './formatDate.js'

interface Card {
  excerpt?: null | string
  id: string
  publishedAt?: null | string
  sentence?: null | string
  slug: string
  title: string
}

/** Posts as a list of cards: title, date, and the excerpt (or the sentence that names a product). */
export function PostList({ posts }: { posts: Card[] }) {
  return (
    <ul className="cards" data-testid="post-list">
      {posts.map((post) => (
        <li key={post.id}>
          <h2>
            <a href={`/posts/${post.slug}`}>{post.title}</a>
          </h2>
          {post.publishedAt ? <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time> : null}
          {post.sentence ? <blockquote>{post.sentence}</blockquote> : null}
          {!post.sentence && post.excerpt ? <p>{post.excerpt}</p> : null}
        </li>
      ))}
    </ul>
  )
}

/** Newer and older pages of a paginated list, as `?page=N` links. */
export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  const href = (n: number) => (n === 1 ? base : `${base}?page=${n}`)
  return (
    <nav className="pagination" data-testid="pagination">
      {page > 1 ? <a href={href(page - 1)}>← Newer</a> : <span />}
      <span>
        Page {page} of {Math.max(totalPages, 1)}
      </span>
      {page < totalPages ? <a href={href(page + 1)}>Older →</a> : <span />}
    </nav>
  )
}

/** `?page=N` as a page number; anything else is the first page. */
export const pageNumber = (value: string | string[] | undefined): number => {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 ? n : 1
}
