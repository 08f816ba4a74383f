import type { Access, CollectionConfig, Config, RunJobAccess, Where } from 'payload'

import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { slugField } from 'payload'

/**
 * A host shaped like Payload's website template, written here (the template itself is never
 * copied into the repo): pages and posts with an SEO tab of plugin-seo's fields, posts whose rich
 * text sits in an unnamed tab beside a hero image, categories with `slugField`, a redirects
 * collection shaped like plugin-redirects', plugin-seo applied with no collections, and a jobs
 * rule that lets any signed-in user run the queue. A new object per call: Payload sanitizes
 * configs in place.
 */

/** What the host's own hooks saw, so a test can tell they still run beside Newsroom's. */
export const hostHookCalls: string[] = []

// What Next.js's revalidatePath and revalidateTag throw when called outside a Next.js request.
const outsideNext = (call: string) => `Invariant: static generation store missing in ${call}`

const authenticated: Access = ({ req }) => Boolean(req.user)
const anySignedIn: RunJobAccess = ({ req }) => Boolean(req.user)
const authenticatedOrPublished: Access = ({ req }): boolean | Where =>
  req.user ? true : { _status: { equals: 'published' } }

const seoTab = () => ({
  name: 'meta',
  fields: [
    OverviewField({
      descriptionPath: 'meta.description',
      imagePath: 'meta.image',
      titlePath: 'meta.title',
    }),
    MetaTitleField({ hasGenerateFn: true }),
    MetaImageField({ relationTo: 'media' }),
    MetaDescriptionField({}),
    PreviewField({
      descriptionPath: 'meta.description',
      hasGenerateFn: true,
      titlePath: 'meta.title',
    }),
  ],
  label: 'SEO',
})

const pages = (): CollectionConfig => ({
  slug: 'pages',
  access: {
    create: authenticated,
    delete: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'tabs',
      tabs: [{ fields: [{ name: 'body', type: 'richText' }], label: 'Content' }, seoTab()],
    },
    slugField(),
  ],
  versions: { drafts: true },
})

const posts = (): CollectionConfig => ({
  slug: 'posts',
  access: {
    create: authenticated,
    delete: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
  },
  admin: { defaultColumns: ['title', 'slug', 'updatedAt'], useAsTitle: 'title' },
  defaultPopulate: { slug: true, title: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            {
              name: 'content',
              type: 'richText',
              editor: lexicalEditor({
                features: ({ rootFeatures }) => [
                  ...rootFeatures,
                  BlocksFeature({
                    blocks: [{ slug: 'banner', fields: [{ name: 'note', type: 'text' }] }],
                  }),
                ],
              }),
              required: true,
            },
          ],
          label: 'Content',
        },
        {
          fields: [
            { name: 'relatedPosts', type: 'relationship', hasMany: true, relationTo: 'posts' },
            { name: 'categories', type: 'relationship', hasMany: true, relationTo: 'categories' },
          ],
          label: 'Meta',
        },
        seoTab(),
      ],
    },
    { name: 'publishedAt', type: 'date' },
    { name: 'authors', type: 'relationship', hasMany: true, relationTo: 'users' },
    {
      name: 'populatedAuthors',
      type: 'array',
      fields: [
        { name: 'id', type: 'text' },
        { name: 'name', type: 'text' },
      ],
    },
    slugField(),
  ],
  hooks: {
    afterChange: [
      ({ context, doc }) => {
        hostHookCalls.push(`posts.afterChange:${String(doc.title)}`)
        // As the template's revalidatePost: Next.js's revalidatePath for a published post, which
        // throws outside a Next.js request, unless the write says not to.
        if (doc._status === 'published' && !context.disableRevalidate) {
          throw new Error(outsideNext(`revalidatePath("/posts/${String(doc.slug)}")`))
        }
        return doc
      },
    ],
  },
  versions: { drafts: { autosave: { interval: 100 }, schedulePublish: true }, maxPerDoc: 50 },
})

const categories = (): CollectionConfig => ({
  slug: 'categories',
  access: {
    create: authenticated,
    delete: authenticated,
    read: () => true,
    update: authenticated,
  },
  admin: { useAsTitle: 'title' },
  fields: [{ name: 'title', type: 'text', required: true }, slugField({ position: undefined })],
})

/**
 * The shape of the collection `@payloadcms/plugin-redirects` makes, for pages and posts, with the
 * template's hook, which calls Next.js's revalidateTag whatever the write says.
 */
const redirects = (): CollectionConfig => ({
  slug: 'redirects',
  access: { read: () => true },
  hooks: {
    afterChange: [
      () => {
        throw new Error(outsideNext('revalidateTag("redirects")'))
      },
    ],
  },
  fields: [
    { name: 'from', type: 'text', index: true, required: true, unique: true },
    {
      name: 'to',
      type: 'group',
      fields: [
        {
          name: 'type',
          type: 'radio',
          defaultValue: 'reference',
          options: ['reference', 'custom'],
        },
        { name: 'reference', type: 'relationship', relationTo: ['pages', 'posts'] },
        { name: 'url', type: 'text' },
      ],
    },
  ],
})

const media = (): CollectionConfig => ({
  slug: 'media',
  access: { read: () => true },
  fields: [{ name: 'alt', type: 'text' }],
  upload: { staticDir: mkdtempSync(path.join(tmpdir(), 'newsroom-website-media-')) },
})

const users = (): CollectionConfig => ({
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: authenticated,
    delete: authenticated,
    read: authenticated,
    update: authenticated,
  },
  auth: true,
  fields: [{ name: 'name', type: 'text' }],
})

/** The host's config before Newsroom: its collections, plugin-seo, and its jobs rule. */
export const websiteShapedConfig = (): Pick<Config, 'collections' | 'jobs' | 'plugins'> => ({
  collections: [pages(), posts(), media(), categories(), users(), redirects()],
  jobs: { access: { run: anySignedIn }, tasks: [] },
  plugins: [
    seoPlugin({
      generateTitle: ({ doc }) => `${String((doc as { title?: string }).title)} | Website`,
      generateURL: ({ doc }) => `https://example.com/${String((doc as { slug?: string }).slug)}`,
    }),
  ],
})
