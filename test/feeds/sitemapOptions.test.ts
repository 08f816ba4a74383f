import { describe, expect, it } from 'vitest'

import { sanitizeOptions } from '../../src/index.js'

describe('the sitemap option', () => {
  it('should default urlsPerFile to the protocol limit of 50,000', () => {
    expect(sanitizeOptions().sitemap).toEqual({ urlsPerFile: 50_000 })
    expect(sanitizeOptions({ sitemap: {} }).sitemap).toEqual({ urlsPerFile: 50_000 })
    expect(sanitizeOptions({ sitemap: { urlsPerFile: 1 } }).sitemap).toEqual({ urlsPerFile: 1 })
  })

  it.each([0, -3, 2.5, 50_001, '100', Number.NaN])('should refuse urlsPerFile %j in one line', (urlsPerFile) => {
    expect(() => sanitizeOptions({ sitemap: { urlsPerFile: urlsPerFile as number } })).toThrow(
      /^\[newsroom\] Invalid option `sitemap\.urlsPerFile`: must be a whole number from 1 to 50000 \(the sitemap protocol's limit\)$/,
    )
  })

  it('should refuse a sitemap option that is not an object', () => {
    expect(() => sanitizeOptions({ sitemap: 3 as never })).toThrow(/`sitemap`: must be \{ urlsPerFile \}/)
  })
})
