import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const npm = (args: string[], cwd: string): void => {
  try {
    execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    // tsc prints its errors on stdout: keep both streams in the message.
    const { stderr, stdout } = error as { stderr?: string; stdout?: string }
    throw new Error(
      `npm ${args.join(' ')} failed:\n${`${stdout ?? ''}${stderr ?? ''}`.slice(-4000)}`,
    )
  }
}

/**
 * What a user installs: `npm run build`, then `npm pack` into a new temporary folder, so that no
 * tarball from an earlier run is picked up. Returns the tarball's path; its folder is the
 * caller's to remove.
 */
export const packTarball = (repo = process.cwd()): string => {
  const out = mkdtempSync(path.join(tmpdir(), 'newsroom-pack-'))
  npm(['run', 'build'], repo)
  npm(['pack', '--pack-destination', out], repo)
  return path.join(
    out,
    readdirSync(out).find((file) => file.endsWith('.tgz'))!,
  )
}
