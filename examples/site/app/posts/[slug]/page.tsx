import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { JsonLd } from '../../../components/JsonLd.js'
import { LiveDocument } from '../../../components/LiveDocument.js'
import { PostBody } from '../../../components/PostBody.js'
import { cms } from '../../../lib/cms.js'
import { cmsPublicURL } from '../../../lib/env.js'
import { documentMetadata } from '../../../lib/seo.js'

type Props = { params: Promise<{ slug: string }> }

// Once per request, for the page and its metadata.
const load = cache(async (slug: string) => {
  const { client, draft } = await cms()
  const post = await client.getPost(decodeURIComponent(slug))
  if (!post) notFound()
  return { draft, post }
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { post } = await load((await params).slug)
  return documentMetadata(post, { description: post.excerpt, path: `/posts/${post.slug}`, title: post.title, type: 'article' })
}

/** A post; in draft mode, its latest draft, updated live as the editor types. */
export default async function PostPage({ params }: Props) {
  const { draft, post } = await load((await params).slug)
  return (
    <>
      <JsonLd data={post.jsonLd} />
      {draft ? <LiveDocument doc={post} kind="post" serverURL={cmsPublicURL()} /> : <PostBody origin={cmsPublicURL()} post={post} />}
    </>
  )
}
