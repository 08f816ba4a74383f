import type { Field } from 'payload'

export const speakersField = (): Field => ({
  name: 'speakers',
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', admin: { width: '40%' }, required: true },
        { name: 'affiliation', type: 'text', admin: { width: '30%' } },
        { name: 'role', type: 'text', admin: { width: '30%' } },
      ],
    },
  ],
  labels: { plural: 'Speakers', singular: 'Speaker' },
})
