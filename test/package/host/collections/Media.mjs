// The host's own media, as create-payload-app's blank template makes it.
export const Media = {
  slug: 'media',
  access: { read: () => true },
  fields: [{ name: 'alt', type: 'text', required: true }],
  upload: { staticDir: process.env.MEDIA_DIR ?? 'media' },
}
