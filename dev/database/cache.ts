import { homedir } from 'node:os'
import path from 'node:path'

/** Per-machine cache shared by every clone: the FerretDB build, download failures. */
export const cacheRoot = (): string =>
  process.env.NEWSROOM_CACHE_DIR || path.join(homedir(), '.cache', 'newsroom')
