import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Payload's website template, as `../shared/hosts/README.md` describes it: read at run time, never
 * copied into the repository. `WEBSITE_TEMPLATE` names another copy.
 */
const templateDir = (): string => {
  const candidates = [
    process.env.WEBSITE_TEMPLATE,
    path.resolve(process.cwd(), '..', 'shared', 'hosts', 'website'),
    '/work/shared/hosts/website',
  ].filter((dir): dir is string => Boolean(dir))
  const found = candidates.find((dir) => existsSync(path.join(dir, 'src', 'payload.config.ts')))
  if (!found) {
    throw new Error(
      `Payload's website template is not in ${candidates.join(' or ')}: ` +
        'set WEBSITE_TEMPLATE to a copy of templates/website (payloadcms/payload, branch 3.x).',
    )
  }
  return found
}

/** A copy of the template in `dest`, outside the repository, writable (the shared one is not). */
export const copyTemplate = (dest: string): void => {
  mkdirSync(dest, { recursive: true })
  execFileSync('cp', ['-R', '--no-preserve=mode', `${templateDir()}/.`, dest])
}
