import type { Metadata } from 'next'

import { cms } from '../../lib/cms.js'

export const metadata: Metadata = {
  description: 'Every category of posts on Newsroom.',
  title: 'Categories',
}

/** Every category, by title. */
export default async function CategoriesPage() {
  const { client } = await cms()
  const { docs } = await client.listCategories()
  return (
    <>
      <h1>Categories</h1>
      <ul data-testid="category-list">
        {docs.map((category) => (
          <li key={category.id}>
            <a href={`/categories/${category.slug}`}>{category.title}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
