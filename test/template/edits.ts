import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import rootPackage from '../../package.json' with { type: 'json' }
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.js'

/** The Payload release under test, and the `next` its `@payloadcms/next` accepts (>=16.3.3). */
const PAYLOAD = rootPackage.devDependencies.payload
const NEXT = rootPackage.devDependencies.next

type PackageJson = Record<'dependencies' | 'devDependencies', Record<string, string>>

/** Replaces `from` with `to` in a file of the copy; fails naming the file if the template moved. */
const replaceIn = (dir: string, file: string, from: string, to: string): void => {
  const target = path.join(dir, file)
  const text = readFileSync(target, 'utf8')
  if (!text.includes(from)) {
    throw new Error(`${target} has no ${JSON.stringify(from)}: update test/template/edits.ts`)
  }
  writeFileSync(target, text.replace(from, to))
}

const editPackage = (dir: string, edit: (pkg: PackageJson) => void): void => {
  const file = path.join(dir, 'package.json')
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson
  edit(pkg)
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`)
}

const pinWorkspace = (dir: string) =>
  editPackage(dir, (pkg) => {
    for (const deps of [pkg.dependencies, pkg.devDependencies]) {
      for (const [name, version] of Object.entries(deps)) {
        if (version === 'workspace:*') deps[name] = PAYLOAD
      }
    }
  })

const useSqlite = (dir: string) => {
  editPackage(dir, (pkg) => (pkg.dependencies['@payloadcms/db-sqlite'] = PAYLOAD))
  const config = 'src/payload.config.ts'
  replaceIn(
    dir,
    config,
    "import { mongooseAdapter } from '@payloadcms/db-mongodb'",
    "import { sqliteAdapter } from '@payloadcms/db-sqlite'",
  )
  replaceIn(
    dir,
    config,
    'db: mongooseAdapter({\n    url: process.env.DATABASE_URL,\n  }),',
    "db: sqliteAdapter({\n    client: { url: process.env.DATABASE_URL || '' },\n  }),",
  )
}

const useDebianChromium = (dir: string) => {
  // Playwright passes its own headless flag.
  const args = CHROMIUM_ARGS.filter((arg) => arg !== '--headless')
  const launchOptions = `{ executablePath: ${JSON.stringify(CHROMIUM)}, args: ${JSON.stringify(args)} }`
  replaceIn(
    dir,
    'playwright.config.ts',
    "channel: 'chromium' },",
    `channel: 'chromium', launchOptions: ${launchOptions} },`,
  )
}

/**
 * The changes `../shared/hosts/README.md` allows so that the template runs here at all, each with
 * its reason. Nothing else of the template is edited.
 */
const edits: { apply: (dir: string) => void; reason: string }[] = [
  {
    apply: pinWorkspace,
    reason: `the monorepo's workspace:* pinned to Payload ${PAYLOAD}, under test`,
  },
  {
    apply: (dir) => editPackage(dir, (pkg) => (pkg.dependencies.next = NEXT)),
    reason: `next ${NEXT}: @payloadcms/next ${PAYLOAD} asks for >=16.3.3, the template pins 16.3.0`,
  },
  {
    apply: useSqlite,
    reason: 'a database the machine has: SQLite on a file (DATABASE_URL), not MongoDB',
  },
  {
    apply: useDebianChromium,
    reason: "Playwright on Debian's Chromium (it cannot download its own)",
  },
]

/** Applies every allowed edit to the copy in `dir`; returns their reasons, for the log. */
export const editToRunHere = (dir: string): string[] =>
  edits.map(({ apply, reason }) => {
    apply(dir)
    return reason
  })
