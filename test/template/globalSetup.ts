import type { TestProject } from 'vitest/node'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureChromium } from '../e2e/chromium.js'
import { packTarball } from '../package/tarball.js'
import { npmInstall } from './app.js'
import { editToRunHere } from './edits.js'
import { copyTemplate } from './template.js'

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string
    /** The website template, edited to run here, installed, with the packed Newsroom installed. */
    website: string
  }
}

const log = (msg: string) => process.stdout.write(`[template] ${msg}\n`)

/**
 * One copy of Payload's website template, outside the repository, installed once for both test
 * files: the upgrade test links to its node_modules. `TEMPLATE_KEEP=1` keeps the folder.
 */
export default async function setup(project: TestProject) {
  const started = Date.now()
  const chromium = ensureChromium(log)
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-template-'))
  const website = path.join(root, 'website')
  log(`npm run build and npm pack`)
  const tarball = packTarball()
  copyTemplate(website)
  for (const reason of editToRunHere(website)) log(`edit: ${reason}`)
  log('npm install')
  await npmInstall(website)
  log(`npm install ${path.basename(tarball)}`)
  await npmInstall(website, [tarball])
  log(`ready in ${Math.round((Date.now() - started) / 1000)} s: ${website}`)
  project.provide('chromium', chromium)
  project.provide('website', website)
  return () => {
    rmSync(path.dirname(tarball), { force: true, recursive: true })
    if (process.env.TEMPLATE_KEEP === '1') log(`kept ${root}`)
    else rmSync(root, { force: true, recursive: true })
  }
}
