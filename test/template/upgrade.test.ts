import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Result } from './app.js'

import { migrate, payload, succeeded } from './app.js'
import { editToRunHere } from './edits.js'
import { useNewsroom } from './newsroom.js'
import { copyTemplate } from './template.js'

type Doc = Record<string, unknown> & { id: number }
type Snapshot = Record<string, Doc[]>

const root = mkdtempSync(path.join(tmpdir(), 'newsroom-upgrade-'))
const dir = path.join(root, 'website')
const SCRIPTS = 'newsroom-test'

/** Exit 0 (checked by `succeeded`) and nothing that reads as an error. */
const expectQuiet = (step: string, result: Result) => {
  expect(result.stderr, `${step} wrote on stderr`).toBe('')
  // Payload logs JSON lines in production (error: level 50, fatal: 60), pretty lines otherwise.
  expect(result.stdout, `${step} logged an error`).not.toMatch(/"level":[56]0\b|\bERROR\b/)
}

/** Creates and runs the step's migration; returns the migration made, if the schema changed. */
const migrateQuietly = async (name: string): Promise<string | undefined> => {
  const { created, ran } = await migrate(dir, name)
  expectQuiet(`payload migrate:create ${name}`, created)
  expectQuiet('payload migrate', ran)
  const made = readdirSync(path.join(dir, 'src', 'migrations'))
    .map((file) => /^(.+)\.ts$/.exec(file)?.[1])
    .find((migration) => migration?.endsWith(`_${name}`))
  // `migrate` exits 0 without running anything when it stops at a prompt: it must say it ran.
  if (made) expect(ran.stdout).toContain(`Migrated:  ${made}`)
  return made
}

const runScript = async (script: string, ...args: string[]) =>
  expectQuiet(
    script,
    succeeded(
      `payload run ${script}`,
      await payload(dir, ['run', `${SCRIPTS}/${script}`, ...args]),
    ),
  )

const snapshot = async (): Promise<Snapshot> => {
  const file = path.join(root, 'snapshot.json')
  await runScript('snapshot.mjs', file)
  return JSON.parse(readFileSync(file, 'utf8')) as Snapshot
}

/**
 * Every document of `before` still there with every field it had, unchanged; new fields aside.
 * A user's updatedAt may move: Newsroom makes the oldest account an admin at its first start.
 */
const expectKept = (before: Snapshot, after: Snapshot) => {
  const kept = (docs: Doc[], collection: string, like: Doc[]) =>
    like.map((doc) => {
      const now = docs.find(({ id }) => id === doc.id)
      const keys = Object.keys(doc).filter(
        (key) => !(collection === 'users' && key === 'updatedAt'),
      )
      return now && Object.fromEntries(keys.map((key) => [key, now[key]]))
    })
  const expected = Object.fromEntries(
    Object.entries(before).map(([name, docs]) => [name, kept(docs, name, docs)]),
  )
  const actual = Object.fromEntries(
    Object.entries(before).map(([name, docs]) => [name, kept(after[name] ?? [], name, docs)]),
  )
  expect(actual).toEqual(expected)
}

describe("the website template's upgrade path to Newsroom, on SQLite with migrations", () => {
  let before: Snapshot

  beforeAll(() => {
    copyTemplate(dir)
    editToRunHere(dir)
    // The first copy's install (Newsroom's tarball is in it, not yet in this app's config).
    symlinkSync(path.join(inject('website'), 'node_modules'), path.join(dir, 'node_modules'))
    cpSync(path.join(import.meta.dirname, 'scripts'), path.join(dir, SCRIPTS), { recursive: true })
  })
  afterAll(() => {
    if (process.env.TEMPLATE_KEEP !== '1') rmSync(root, { force: true, recursive: true })
  })

  it('should migrate the template alone and take its content', async () => {
    expect(await migrateQuietly('template')).toBeDefined()
    await runScript('content.mjs')
    before = await snapshot()
    const counts = Object.fromEntries(
      Object.entries(before).map(([name, docs]) => [name, docs.length]),
    )
    expect(counts).toEqual({ categories: 1, posts: 1, redirects: 1, users: 1 })
  })

  it('should add newsroomPlugin() through migrations and keep every document', async () => {
    useNewsroom(dir, 'newsroomPlugin()')
    // Newsroom's own collections (events, products, imports) are new tables.
    expect(await migrateQuietly('newsroom')).toBeDefined()
    expectKept(before, await snapshot())
  })

  it('should add the seo option through migrations and keep every document', async () => {
    // The template's plugins file imports seoPlugin already.
    useNewsroom(dir, 'newsroomPlugin({ seo: seoPlugin })')
    await migrateQuietly('newsroom_seo')
    expectKept(before, await snapshot())
  })
})
