import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { pathSegments } from './name.js'

/** A file of the media folder: where it is, and its path's segments in lower case. */
export interface FolderFile {
  file: string
  relative: string
  segments: string[]
}

export type FolderLookup = { found?: FolderFile; ok: true } | { ok: false; reason: string }

/** How many trailing segments two paths share, compared without case. */
const sharedTail = (a: string[], b: string[]): number => {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) {
    n += 1
  }
  return n
}

const list = async (dir: string): Promise<FolderFile[]> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files: FolderFile[] = []
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(dir, file)
    const segments = relative.split(path.sep)
    if (segments.some((segment) => segment.startsWith('.'))) {
      continue // .DS_Store, .thumbnails, a backup tool's own folders
    }
    // A symbolic link counts when it leads to a file.
    const isFile =
      entry.isFile() || (entry.isSymbolicLink() && (await stat(file).catch(() => null))?.isFile())
    if (isFile) {
      files.push({ file, relative, segments: segments.map((s) => s.toLowerCase()) })
    }
  }
  return files
}

/**
 * The --media-dir index, built once on first use. A URL finds the file whose path shares the
 * longest tail with the URL's path (`/wp-content/uploads/2020/01/a.jpg` finds `2020/01/a.jpg`
 * or `wp-content/uploads/2020/01/a.jpg`); failing that, any file of the same name, compared
 * without case. Of several, the most shared folders win, then an exact-case name, then the
 * shortest path, so the choice never depends on the order the disk lists files in.
 */
export const createFolderIndex = (dir: string): ((url: URL) => Promise<FolderLookup>) => {
  let index: Promise<Map<string, FolderFile[]>> | undefined
  const build = async () => {
    const byName = new Map<string, FolderFile[]>()
    for (const file of await list(dir)) {
      const name = file.segments.at(-1) ?? ''
      byName.set(name, [...(byName.get(name) ?? []), file])
    }
    return byName
  }
  return async (url) => {
    index ??= build()
    let byName: Map<string, FolderFile[]>
    try {
      byName = await index
    } catch (error) {
      const code = (error as { code?: unknown }).code
      return {
        ok: false,
        reason: `the media folder ${dir} cannot be read (${String(code ?? error)})`,
      }
    }
    const wanted = pathSegments(url)
    const name = wanted.at(-1)
    const lower = wanted.map((s) => s.toLowerCase())
    const candidates = name ? (byName.get(name.toLowerCase()) ?? []) : []
    const rank = (f: FolderFile) => [
      -sharedTail(f.segments, lower),
      path.basename(f.relative) === name ? 0 : 1,
      f.relative.length,
    ]
    const found = candidates.toSorted((a, b) => {
      const [ra, rb] = [rank(a), rank(b)]
      const i = ra.findIndex((value, k) => value !== rb[k])
      return i === -1 ? a.relative.localeCompare(b.relative) : ra[i] - rb[i]
    })[0]
    return { found, ok: true }
  }
}
