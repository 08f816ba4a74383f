import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { ImportError } from './types.js'

/** Files a folder holds that could be captures or exports; dotfiles and notes are skipped. */
const IMPORTABLE = /\.(txt|text|html?|xml|atom|rss)$/i

/** Expands the command line's paths: a file as given, a folder as its importable files, sorted. */
export const expandPaths = async (paths: string[]): Promise<string[]> => {
  const files: string[] = []
  for (const given of paths) {
    const info = await stat(given).catch(() => null)
    if (!info) {
      throw new ImportError({ file: given, message: 'no such file or folder; check the path' })
    }
    if (info.isDirectory()) {
      const entries = await readdir(given, { withFileTypes: true })
      const inside = entries
        .filter((e) => e.isFile() && !e.name.startsWith('.') && IMPORTABLE.test(e.name))
        .map((e) => path.join(given, e.name))
        .sort()
      files.push(...inside)
    } else {
      files.push(given)
    }
  }
  return [...new Set(files)]
}
