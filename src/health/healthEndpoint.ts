import type { Endpoint } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { probe } from './probe.js'
import { uploadStorageCheck } from './uploadStorage.js'

/** Under a load balancer's usual probe timeout (AWS: 5 s, Kubernetes: 1 s to 10 s as set). */
const TIMEOUT_MS = 3000

/**
 * `GET /api/newsroom/health`, for load balancers and orchestrators: 200 when the database answers
 * a real query and the file storage answers (the host's check, or a storage adapter's own
 * answer), 503 naming the part that failed. Anyone may call it; the answer holds only each
 * part's state.
 */
export const healthEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: async (req) => {
    const { payload } = req
    // The host's own check, else the storage adapters of Newsroom's upload collections.
    const uploads = [options.slugs.imports, ...(options.media ? [options.media.collection] : [])]
    const storage = options.health.storage ?? uploadStorageCheck(req, uploads)
    const [database, storageState] = await Promise.all([
      // Through the adapter, not the Local API: no hooks or access, one indexed read of one row.
      probe(payload, 'database', () => payload.db.find({ collection: options.slugs.posts, limit: 1, pagination: false }), TIMEOUT_MS),
      storage ? probe(payload, 'storage', storage, TIMEOUT_MS) : ('not configured' as const),
    ])
    const ok = database === 'ok' && storageState !== 'failed'
    return Response.json(
      { database, status: ok ? 'ok' : 'failed', storage: storageState },
      { headers: { 'Cache-Control': 'no-store' }, status: ok ? 200 : 503 },
    )
  },
  method: 'get',
  path: '/newsroom/health',
})
