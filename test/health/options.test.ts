import { describe, expect, it } from 'vitest'

import { sanitizeOptions } from '../../src/index.js'

describe('the health option', () => {
  it.each([
    [{ health: 'yes' }, /`health`: must be an object/],
    [{ health: { storage: 'HEAD my-bucket' } }, /`health\.storage`: must be a function that rejects/],
  ])('should fail at init naming the option for %j', (options, message) => {
    // Input as a host's untyped config could give it.
    expect(() => sanitizeOptions(options as never)).toThrow(message)
  })

  it('should keep the host check, and none by default', () => {
    const storage = async () => {}
    expect(sanitizeOptions({ health: { storage } }).health.storage).toBe(storage)
    expect(sanitizeOptions({}).health.storage).toBeUndefined()
  })
})
