// The content of a site made with the template before Newsroom: a user, a category, a published
// post with rich text, and a redirect to it.
import { boot } from './boot.mjs'

const payload = await boot()
// The template's post hooks revalidate Next's cache, which exists only inside Next; its own seed
// turns that off the same way.
const context = { disableRevalidate: true }

const paragraph = (text) => ({
  type: 'paragraph',
  children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})

const user = await payload.create({
  collection: 'users',
  data: { email: 'editor@website.test', name: 'Eve Editor', password: 'editor-password-1' },
})
const category = await payload.create({
  collection: 'categories',
  data: { title: 'Virtualization' },
})
const post = await payload.create({
  collection: 'posts',
  context,
  data: {
    _status: 'published',
    authors: [user.id],
    categories: [category.id],
    content: {
      root: {
        type: 'root',
        children: [
          paragraph('Containers share one kernel; virtual machines bring their own.'),
          paragraph('Both have their place in a data centre.'),
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      },
    },
    title: 'Containers before they were cool',
  },
})
// The template's redirects hook calls Next's revalidateTag whatever the context, which throws
// outside Next: the redirect is written through the database adapter, without hooks.
await payload.db.create({
  collection: 'redirects',
  data: {
    from: '/2006/09/containers.html',
    to: { type: 'reference', reference: { relationTo: 'posts', value: post.id } },
  },
})
