import type { RevalidateTarget } from '../src/types.js'

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

/**
 * The sites the dev app tells about changes: `REVALIDATE_URL` and `REVALIDATE_SECRET`, both set,
 * each a comma-separated list (one secret for every site, or one per site, in the same order).
 */
export const revalidateTargets = (env: NodeJS.ProcessEnv = process.env): RevalidateTarget[] => {
  const urls = list(env.REVALIDATE_URL)
  const secrets = list(env.REVALIDATE_SECRET)
  if (urls.length === 0 || secrets.length === 0) return []
  if (secrets.length !== 1 && secrets.length !== urls.length) {
    throw new Error(
      `[dev] REVALIDATE_SECRET has ${secrets.length} secrets for ${urls.length} REVALIDATE_URL sites: ` +
        'give one secret for all, or one per site in the same order.',
    )
  }
  return urls.map((url, i) => ({ secret: secrets.length === 1 ? secrets[0] : secrets[i], url }))
}
