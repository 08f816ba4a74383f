import type { CollectionConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { rscComponent } from '../../src/components/paths.js'
import { previewAdmin } from '../../src/preview/previewAdmin.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { hidingTrash } from '../../src/access/hideTrash.js'
import { newsroomSlugField } from '../shared/fields/slug.js'
import { editorialAccess, editorialVersions } from '../shared/editorial.js'
import { sourceField } from '../shared/fields/source.js'
import { eventIcsEndpoint } from '../../src/endpoints/eventIcs.js'
import { queueRevalidationOnChange } from '../shared/hooks/queueRevalidationOnChange.js'
import { queueRevalidationOnDelete } from '../shared/hooks/queueRevalidationOnDelete.js'
import { trackEdits } from '../shared/hooks/trackEdits.js'
import { fillMeta } from '../shared/hooks/fillMeta.js'
import { publishedOrderIndex } from '../shared/publishedOrderIndex.js'
import { calendarSequenceField } from './fields/calendarSequence.js'
import { eventJsonLdField } from './fields/jsonLd.js'
import { locationField } from './fields/location.js'
import { offersFields } from './fields/offers.js'
import { speakersField } from './fields/speakers.js'
import { eventStatusField } from './fields/status.js'
import { eventTimezoneConfig } from './fields/timezones.js'
import { validateEndsAt, validateOnlineUrl } from './validation/validateEvent.js'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** Events, modelled on schema.org `Event`: seminars, webinars, trade shows. */
export const createEventsCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const { slugs } = options
  const collection: CollectionConfig = {
    slug: slugs.events,
    access: hidingTrash(editorialAccess, slugs.events),
    admin: {
      defaultColumns: ['title', 'startsAt', 'location.city', 'attendanceMode', '_status'],
      group: 'Content',
      listSearchableFields: ['title', 'slug', 'location.city', 'location.venue'],
      useAsTitle: 'title',
      ...previewAdmin(options, slugs.events),
    },
    defaultPopulate: { endsAt: true, slug: true, startsAt: true, title: true },
    defaultSort: '-startsAt',
    fields: [
      { name: 'title', type: 'text', required: true },
      newsroomSlugField('title'),
      {
        type: 'row',
        fields: [
          {
            name: 'startsAt',
            type: 'date',
            admin: dayAndTime,
            index: true,
            required: true,
            timezone: eventTimezoneConfig,
          },
          {
            name: 'endsAt',
            type: 'date',
            admin: dayAndTime,
            timezone: eventTimezoneConfig,
            validate: validateEndsAt,
          },
        ],
      },
      { name: 'allDay', type: 'checkbox', defaultValue: false },
      {
        name: 'attendanceMode',
        type: 'select',
        defaultValue: 'offline',
        options: [
          { label: 'In person', value: 'offline' },
          { label: 'Online', value: 'online' },
          { label: 'Mixed', value: 'mixed' },
        ],
        required: true,
      },
      locationField(),
      {
        name: 'onlineUrl',
        type: 'text',
        admin: { condition: (data) => data?.attendanceMode !== 'offline' },
        label: 'Online URL',
        validate: validateOnlineUrl,
      },
      ...offersFields(),
      { name: 'organizer', type: 'text' },
      speakersField(),
      { name: 'audience', type: 'text' },
      { name: 'registrationUrl', type: 'text', label: 'Registration URL' },
      { name: 'description', type: 'richText', editor: lexicalEditor() },
      eventStatusField(),
      {
        name: 'announcement',
        type: 'relationship',
        admin: { description: 'The post that announced this event.', position: 'sidebar' },
        relationTo: slugs.posts,
      },
      calendarSequenceField(),
      sourceField(),
      {
        name: 'overview',
        type: 'ui',
        admin: { components: { Field: rscComponent('EventOverview') }, position: 'sidebar' },
      },
      eventJsonLdField(options),
    ],
    // `/api/<events>/:id/ics` is routed to the collection's endpoints, not the root ones.
    endpoints: [eventIcsEndpoint(options)],
    hooks: {
      afterChange: [queueRevalidationOnChange(options)],
      afterDelete: [queueRevalidationOnDelete(options)],
      beforeChange: [trackEdits, fillMeta('events')],
    },
    indexes: publishedOrderIndex('startsAt'),
    labels: { plural: 'Events', singular: 'Event' },
    trash: true,
    versions: editorialVersions,
  }
  return applyOverride(collection, options.overrides.events, options.access.events)
}
