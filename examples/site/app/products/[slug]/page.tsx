import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { JsonLd } from '../../../components/JsonLd.js'
import { PostList } from '../../../components/PostList.js'
import { cms } from '../../../lib/cms.js'
import { documentMetadata } from '../../../lib/seo.js'

type Props = { params: Promise<{ slug: string }> }

const load = cache(async (slug: string) => {
  const { client } = await cms()
  const product = await client.getProduct(decodeURIComponent(slug))
  if (!product) notFound()
  return { client, product }
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { product } = await load((await params).slug)
  const description = product.description ?? `Posts that mention ${product.name}.`
  return documentMetadata(product, { description, path: `/products/${product.slug}`, title: product.name, type: 'website' })
}

/** A product, and the posts that mention it, newest first, each with the sentence that names it. */
export default async function ProductPage({ params }: Props) {
  const { client, product } = await load((await params).slug)
  const posts = await client.mentionsOf(product.id)
  return (
    <>
      <JsonLd data={product.jsonLd} />
      <h1 data-testid="product-name">{product.name}</h1>
      <p className="meta">
        {[product.vendor, product.category].filter(Boolean).join(' · ')}
        {product.website ? (
          <>
            {' · '}
            <a href={product.website}>Website</a>
          </>
        ) : null}
      </p>
      {product.description ? <p>{product.description}</p> : null}
      <h2>Mentioned in</h2>
      {posts.length ? <PostList posts={posts} /> : <p>No posts mention it yet.</p>}
    </>
  )
}
