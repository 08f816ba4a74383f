/** Unknown slugs and paths. */
export default function NotFound() {
  return (
    <>
      <h1 data-testid="not-found">Page not found</h1>
      <p>
        Nothing lives at this address. <a href="/">See the latest posts</a>.
      </p>
    </>
  )
}
