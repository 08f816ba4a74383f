import sharp from 'sharp'

/** A PNG of one colour, `width` × `height` pixels, generated (no fixture files). */
export const generatePng = (width: number, height: number, background = '#c0392b'): Promise<Buffer> =>
  sharp({ create: { background, channels: 3, height, width } }).png().toBuffer()

/** A generated PNG as the `file` of a Local API `create` on an upload collection. */
export const pngFile = async (name: string, width: number, height: number) => {
  const data = await generatePng(width, height)
  return { data, mimetype: 'image/png', name, size: data.length }
}
