import type { Field } from 'payload'

import { validateCity } from '../validation/validateEvent.js'

/** schema.org `Place`: where an in-person event happens. */
export const locationField = (): Field => ({
  name: 'location',
  type: 'group',
  admin: { condition: (data) => data?.attendanceMode !== 'online' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', admin: { width: '50%' } },
        { name: 'address', type: 'text', admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', admin: { width: '34%' }, index: true, validate: validateCity },
        { name: 'region', type: 'text', admin: { width: '33%' } },
        { name: 'country', type: 'text', admin: { width: '33%' } },
      ],
    },
  ],
})
