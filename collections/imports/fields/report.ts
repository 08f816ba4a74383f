import type { Field } from 'payload'

import { clientComponent } from '../../../src/components/paths.js'

const readOnly = { readOnly: true }

/** What an import did, written by the import job only. */
export const importReportFields = (): Field[] => [
  {
    name: 'status',
    type: 'select',
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 'queued',
    index: true,
    options: [
      { label: 'Queued', value: 'queued' },
      { label: 'Running', value: 'running' },
      { label: 'Done', value: 'done' },
      { label: 'Failed', value: 'failed' },
    ],
  },
  {
    name: 'counts',
    type: 'group',
    admin: readOnly,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'created', type: 'number', admin: { ...readOnly, width: '20%' } },
          { name: 'updated', type: 'number', admin: { ...readOnly, width: '20%' } },
          { name: 'unchanged', type: 'number', admin: { ...readOnly, width: '20%' } },
          { name: 'keptEdited', type: 'number', admin: { ...readOnly, width: '20%' }, label: 'Kept (edited)' },
          { name: 'events', type: 'number', admin: { ...readOnly, width: '20%' } },
        ],
      },
    ],
  },
  {
    // The posts' files, written by the job once the media stage has run (before the posts).
    name: 'media',
    type: 'group',
    admin: readOnly,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'imported', type: 'number', admin: { ...readOnly, width: '33%' } },
          { name: 'present', type: 'number', admin: { ...readOnly, width: '33%' }, label: 'Already present' },
          { name: 'failed', type: 'number', admin: { ...readOnly, width: '33%' } },
        ],
      },
    ],
    label: 'Media files',
  },
  {
    // Written by the job while it runs (posts and events done of the total); shown below.
    name: 'progress',
    type: 'group',
    admin: { hidden: true },
    fields: [
      { name: 'done', type: 'number' },
      { name: 'total', type: 'number' },
    ],
  },
  {
    name: 'progressView',
    type: 'ui',
    admin: { components: { Field: clientComponent('ImportProgress') }, position: 'sidebar' },
  },
  { name: 'format', type: 'text', admin: { ...readOnly, position: 'sidebar' } },
  {
    name: 'error',
    type: 'textarea',
    admin: { condition: (data) => Boolean(data?.error), readOnly: true },
  },
  {
    name: 'warnings',
    type: 'array',
    admin: { initCollapsed: false, readOnly: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'line', type: 'number', admin: { width: '15%' } },
          { name: 'message', type: 'text', admin: { width: '85%' } },
        ],
      },
    ],
  },
  { name: 'finishedAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' } },
]
