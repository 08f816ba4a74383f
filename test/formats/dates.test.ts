import { describe, expect, it } from 'vitest'

import { localDateOf, parseIsoTime, parseRfc822Time } from '../../src/importer/parse/xml/dates.js'

describe('source dates', () => {
  it('should read RFC 3339 times with their offsets', () => {
    expect(parseIsoTime('2006-09-22T16:14:00.000-07:00', 'UTC')).toEqual({
      iso: '2006-09-22T23:14:00.000Z',
      offset: '-07:00',
    })
    expect(parseIsoTime('2007-02-20T08:00:00Z', 'UTC')).toEqual({
      iso: '2007-02-20T08:00:00.000Z',
      offset: '+00:00',
    })
    expect(parseIsoTime('2006-10-17T11:02:33.1234+05:30', 'UTC')?.iso).toBe(
      '2006-10-17T05:32:33.123Z',
    )
  })

  it("should read a time without a zone in the blog's zone, and say so", () => {
    expect(parseIsoTime('2013-01-28 21:40:00', 'Europe/Berlin')).toEqual({
      iso: '2013-01-28T20:40:00.000Z',
      offset: '+01:00',
      zoneAssumed: true,
    })
  })

  it('should read RFC 822 dates: offsets, zone names, two-digit years', () => {
    expect(parseRfc822Time('Fri, 22 Sep 2006 16:14:00 -0700', 'UTC')?.iso).toBe(
      '2006-09-22T23:14:00.000Z',
    )
    expect(parseRfc822Time('Mon, 16 Oct 2006 16:30:00 GMT', 'UTC')?.offset).toBe('+00:00')
    expect(parseRfc822Time('Tue, 10 Oct 2006 08:00:00 EDT', 'UTC')).toEqual({
      iso: '2006-10-10T12:00:00.000Z',
      offset: '-04:00',
    })
    expect(parseRfc822Time('22 Sep 06 16:14 +0530', 'UTC')?.iso).toBe('2006-09-22T10:44:00.000Z')
    expect(parseRfc822Time('Fri, 22 September 2006 16:14:00 PST', 'UTC')?.iso).toBe(
      '2006-09-23T00:14:00.000Z',
    )
  })

  it('should refuse what is not a date', () => {
    expect(parseRfc822Time('Mon, 30 Nov -0001 00:00:00 +0000', 'UTC')).toBeNull()
    expect(parseRfc822Time('yesterday', 'UTC')).toBeNull()
    expect(parseIsoTime('2006-02-30T10:00:00Z', 'UTC')).toBeNull()
    expect(parseIsoTime('0000-00-00 00:00:00', 'UTC')).toBeNull()
  })

  it('should give the day a time was written on', () => {
    expect(localDateOf({ iso: '2006-09-23T01:40:00.000Z', offset: '-07:00' })).toBe('2006-09-22')
    expect(localDateOf({ iso: '2006-09-22T23:30:00.000Z', offset: '+02:00' })).toBe('2006-09-23')
  })
})
