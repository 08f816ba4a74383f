import { generatePng } from '../helpers/images.js'
import { lexicalBlocks, paragraph, uploadNode } from '../helpers/richText.js'

interface Picture {
  alt: string
  color: string
  height: number
  name: string
  width: number
}

/** The pictures the site suite uploads, generated: a test makes the same bytes again. */
export const pictures = {
  hero: { alt: 'A rack of servers', color: '#2e86de', height: 48, name: 'site-hero.png', width: 64 },
  inline: { alt: 'Two containers, one kernel', color: '#27ae60', height: 30, name: 'site-inline.png', width: 40 },
  secret: { alt: 'Not announced yet', color: '#8e44ad', height: 20, name: 'site-secret.png', width: 20 },
} satisfies Record<string, Picture>

export const pictureBytes = ({ color, height, width }: Picture): Promise<Buffer> =>
  generatePng(width, height, color)

/** The published post the pictures illustrate, and a draft that shows the secret one. */
export const ILLUSTRATED_SLUG = 'archive-note-5'
export const DRAFT = { slug: 'draft-with-pictures', title: 'Draft with pictures' }

const contentWith = (mediaID: string) =>
  lexicalBlocks(paragraph('A note from the archive.'), uploadNode(mediaID), paragraph('The end of the note.'))

/**
 * Uploads the pictures as an admin would, over REST (multipart, as the admin's upload form
 * sends them), writes the draft, and returns the hero and content of the illustrated post.
 */
export const addPictures = async (cmsURL: string, token: string) => {
  const auth = { Authorization: `JWT ${token}` }
  const upload = async (picture: Picture): Promise<string> => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await pictureBytes(picture))], { type: 'image/png' }), picture.name)
    form.append('_payload', JSON.stringify({ alt: picture.alt }))
    const res = await fetch(`${cmsURL}/api/media`, { body: form, headers: auth, method: 'POST' })
    if (!res.ok) throw new Error(`uploading ${picture.name}: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { doc: { id: string } }).doc.id
  }
  const [hero, inline, secret] = [await upload(pictures.hero), await upload(pictures.inline), await upload(pictures.secret)]
  const draft = await fetch(`${cmsURL}/api/posts?draft=true`, {
    body: JSON.stringify({ _status: 'draft', content: contentWith(secret), heroImage: secret, title: DRAFT.title }),
    headers: { ...auth, 'content-type': 'application/json' },
    method: 'POST',
  })
  if (!draft.ok) throw new Error(`POST /posts?draft=true: ${draft.status} ${await draft.text()}`)
  return { content: contentWith(inline), heroImage: hero }
}
