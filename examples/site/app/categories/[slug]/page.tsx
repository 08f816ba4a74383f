import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { PostList, Pagination, pageNumber } from '../../../components/PostList.js'
import { cms } from '../../../lib/cms.js'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const load = cache(async (slug: string) => {
  const { client } = await cms()
  const category = await client.getCategory(decodeURIComponent(slug))
  if (!category) notFound()
  return { category, client }
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { title } = (await load((await params).slug)).category
  return { description: `Posts filed under ${title}, latest first.`, title }
}

/** A category's posts, latest first, ten a page. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const { category, client } = await load((await params).slug)
  const page = pageNumber((await searchParams).page)
  const posts = await client.listPosts({ categoryID: category.id, page })
  if (page > 1 && !posts.docs.length) notFound()
  return (
    <>
      <h1 data-testid="category-title">{category.title}</h1>
      <PostList posts={posts.docs} />
      <Pagination base={`/categories/${category.slug}`} page={page} totalPages={posts.totalPages} />
    </>
  )
}
