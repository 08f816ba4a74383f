import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { PostList, Pagination, pageNumber } from '../components/PostList.js'
import { cms } from '../lib/cms.js'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// What search results show under the home page's title.
export const metadata: Metadata = {
  description: 'The latest posts from Newsroom, with the events and products they cover.',
}

/** The latest posts, ten a page. */
export default async function Home({ searchParams }: Props) {
  const page = pageNumber((await searchParams).page)
  const { client } = await cms()
  const posts = await client.listPosts({ page })
  if (page > 1 && !posts.docs.length) notFound()
  return (
    <>
      <h1>Latest posts</h1>
      <PostList posts={posts.docs} />
      <Pagination base="/" page={page} totalPages={posts.totalPages} />
    </>
  )
}
