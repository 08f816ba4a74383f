import type { Field } from 'payload'

/** schema.org `Offer`, flattened: free, or a price in a currency. */
export const offersFields = (): Field[] => [
  { name: 'isFree', type: 'checkbox', defaultValue: false, label: 'Free to attend' },
  {
    type: 'row',
    admin: { condition: (data) => !data?.isFree },
    fields: [
      { name: 'price', type: 'number', admin: { width: '50%' }, min: 0 },
      {
        name: 'currency',
        type: 'text',
        admin: { description: 'ISO 4217, e.g. USD', width: '50%' },
        defaultValue: 'USD',
        maxLength: 3,
      },
    ],
  },
]
