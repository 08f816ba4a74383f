import { addPictures } from './pictures.js'

/**
 * What the seed lacks for a visitor to see every page type: it has no categories, no authors, no
 * pictures, and fits on one page. Written by REST as an admin before the site first reads anything.
 */
export const addContent = async (cmsURL: string, { authorID, token }: { authorID: string; token: string }) => {
  const call = async <T>(method: string, path: string, data: unknown): Promise<T> => {
    const res = await fetch(`${cmsURL}/api${path}`, {
      body: JSON.stringify(data),
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method,
    })
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { doc: T }).doc
  }
  const category = await call<{ id: string }>('POST', '/categories', { title: 'Virtualization news' })
  const found = await fetch(`${cmsURL}/api/posts?where[slug][equals]=mandriva-corporate-server-4-0-includes-openvz&depth=0`)
  const [post] = ((await found.json()) as { docs: { id: string }[] }).docs
  if (!post) throw new Error('the seed post "mandriva-corporate-server-4-0-includes-openvz" is missing')
  // plugin-seo's fields, as an editor would set them: the site's <head> prefers them.
  const meta = { description: 'Mandriva is the first Linux vendor to ship OpenVZ.', title: 'Mandriva ships OpenVZ' }
  await call('PATCH', `/posts/${post.id}`, { authors: [authorID], categories: [category.id], meta })
  // The seed has no pictures: the last archive note gets a hero and one in its text.
  const illustrated = await addPictures(cmsURL, token)
  // Older than the seed, so the seed's posts stay first and these fill a second page.
  for (let day = 1; day <= 5; day++) {
    await call('POST', '/posts', {
      _status: 'published',
      publishedAt: `2005-01-0${day}T12:00:00.000Z`,
      title: `Archive note ${day}`,
      ...(day === 5 ? illustrated : {}),
    })
  }
}
