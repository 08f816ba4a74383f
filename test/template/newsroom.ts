import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const PLUGINS = 'src/plugins/index.ts'
const IMPORT = "import { newsroomPlugin } from '@newsroom/payload-plugin'\n"

/**
 * Newsroom in the template's plugin list (`src/plugins/index.ts` exports `plugins`), last, as
 * `call` (`newsroomPlugin()`, `newsroomPlugin({ seo: seoPlugin })`); a second call replaces the
 * first.
 */
export const useNewsroom = (dir: string, call: string): void => {
  const file = path.join(dir, PLUGINS)
  const text = readFileSync(file, 'utf8')
  const current = /^ {2}newsroomPlugin\(.*\),$/m
  if (current.test(text)) {
    writeFileSync(file, text.replace(current, `  ${call},`))
    return
  }
  const end = text.trimEnd()
  if (!end.endsWith(']')) {
    throw new Error(
      `${file} no longer ends with the plugins array: update test/template/newsroom.ts`,
    )
  }
  writeFileSync(file, `${IMPORT}${end.slice(0, -1)}  ${call},\n]\n`)
}
