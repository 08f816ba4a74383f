import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { payloadSecret } from '../../dev/secret.js'

describe('PAYLOAD_SECRET', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should refuse to start in production without it, saying what to set', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET is not set\. Production refuses to start/)
  })

  it('should use the environment when it is set', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'from-the-environment')
    expect(payloadSecret()).toBe('from-the-environment')
  })

  it('should keep a random development secret in the data folder, readable by its owner only', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-secret-'))
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('DATA_DIR', dataDir)
    const first = payloadSecret()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret()).toBe(first)
    const file = path.join(dataDir, 'dev-secret')
    expect(readFileSync(file, 'utf8')).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
  })
})
