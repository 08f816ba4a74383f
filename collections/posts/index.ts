import type { CollectionConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { rscComponent } from '../../src/components/paths.js'
import { previewAdmin } from '../../src/preview/previewAdmin.js'
import { postsAccess } from './access.js'
import { hidingTrash } from '../../src/access/hideTrash.js'
import { newsroomSlugField } from '../shared/fields/slug.js'
import { authorsFields } from './fields/authors.js'
import { categoriesField } from './fields/categories.js'
import { heroImageField } from './fields/heroImage.js'
import { legacyCommentsField } from './fields/comments.js'
import { postJsonLdField } from './fields/jsonLd.js'
import { visibilityField } from './fields/visibility.js'
import { mentionsField, mutedMentionsField } from './fields/mentions.js'
import { editorialVersions } from '../shared/editorial.js'
import { sourceField } from '../shared/fields/source.js'
import { deriveExcerpt } from './hooks/deriveExcerpt.js'
import { finishJsonLd } from './hooks/finishJsonLd.js'
import { populateAuthors } from './hooks/populateAuthors.js'
import { rescanMentions } from './hooks/rescanMentions.js'
import { setPublishedAt } from './hooks/setPublishedAt.js'
import { trackMentionEdits } from './hooks/trackMentionEdits.js'
import { queueRevalidationOnChange } from '../shared/hooks/queueRevalidationOnChange.js'
import { queueRevalidationOnDelete } from '../shared/hooks/queueRevalidationOnDelete.js'
import { trackEdits } from '../shared/hooks/trackEdits.js'
import { fillMeta } from '../shared/hooks/fillMeta.js'
import { publishedOrderIndex } from '../shared/publishedOrderIndex.js'
import { finishCollection } from '../shared/join/finishCollection.js'

/** Blog posts: drafts with autosave and scheduled publishing, linked to products and events. */
export const createPostsCollection = (
  options: SanitizedNewsroomOptions,
  host?: CollectionConfig,
): CollectionConfig => {
  const { slugs } = options
  const collection: CollectionConfig = {
    slug: slugs.posts,
    access: hidingTrash(postsAccess, slugs.posts),
    admin: {
      defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
      group: 'Content',
      listSearchableFields: ['title', 'slug', 'excerpt'],
      useAsTitle: 'title',
      ...previewAdmin(options, slugs.posts),
    },
    // What another document gets when it populates a post (an event's announcement, a redirect).
    defaultPopulate: { excerpt: true, publishedAt: true, slug: true, title: true },
    defaultSort: '-publishedAt',
    fields: [
      { name: 'title', type: 'text', required: true },
      newsroomSlugField('title'),
      {
        name: 'publishedAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
        index: true,
      },
      visibilityField(),
      { name: 'content', type: 'richText', editor: lexicalEditor() },
      {
        name: 'excerpt',
        type: 'textarea',
        admin: { description: 'Left empty, it is derived from the content.' },
      },
      // Without a media collection (`media: false`) there is nothing to point at.
      ...(options.media ? [heroImageField(slugs.media)] : []),
      // Without categories (`categories: false`) there is nothing to point at.
      ...(options.categories ? [categoriesField(slugs.categories)] : []),
      ...authorsFields(options.users ? slugs.users : false),
      mentionsField(slugs.products),
      mutedMentionsField(slugs.products),
      legacyCommentsField(),
      sourceField(),
      {
        name: 'provenance',
        type: 'ui',
        admin: { components: { Field: rscComponent('PostProvenance') }, position: 'sidebar' },
      },
      postJsonLdField(options),
    ],
    hooks: {
      afterChange: [queueRevalidationOnChange(options)],
      afterDelete: [queueRevalidationOnDelete(options)],
      // After population: JSON-LD uses the products and categories the read has just populated.
      afterRead: [finishJsonLd(options)],
      // trackMentionEdits records the editor's changes to the mentions before the rescan runs.
      beforeChange: [
        setPublishedAt,
        deriveExcerpt,
        // After deriveExcerpt: a post's meta description is its excerpt unless the editor wrote one.
        fillMeta('posts'),
        trackEdits,
        trackMentionEdits,
        rescanMentions(slugs.products),
      ],
      beforeRead: options.users ? [populateAuthors(slugs.users)] : [],
    },
    indexes: publishedOrderIndex('publishedAt'),
    labels: { plural: 'Posts', singular: 'Post' },
    // Deleting moves a post to the trash, where editors can restore it. A host's posts keep theirs.
    trash: true,
    versions: editorialVersions,
  }
  return finishCollection(collection, 'posts', options, host)
}
