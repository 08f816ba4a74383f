// The host's own users, as create-payload-app's blank template makes them, plus a field and a
// hook of the host's own: Newsroom must extend this collection, never replace it.
export const Users = {
  slug: 'users',
  admin: { useAsTitle: 'email' },
  auth: true,
  fields: [{ name: 'team', type: 'text' }],
  hooks: {
    beforeChange: [
      ({ data }) => (typeof data.team === 'string' ? { ...data, team: data.team.trim().toUpperCase() } : data),
    ],
  },
}
