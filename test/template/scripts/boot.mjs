// Run inside the template's copy by `payload run`, so `payload` is the app's own and tsx loads
// its TypeScript config. Plain JavaScript: this repository's types describe another app.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { getPayload } from 'payload'

/** Payload on the app's config, from the app's folder. */
export const boot = async () => {
  const file = path.resolve(process.env.PAYLOAD_CONFIG_PATH ?? 'src/payload.config.ts')
  const { default: config } = await import(pathToFileURL(file).href)
  return getPayload({ config: await config })
}
