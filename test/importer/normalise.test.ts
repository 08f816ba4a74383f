import { describe, expect, it } from 'vitest'

import { normalise } from '../../src/importer/normalise.js'

const NBSP = '\u00a0'

describe('normalise', () => {
  it('should turn CRLF and CR into LF without changing the line count', () => {
    const text = 'one\r\ntwo\rthree\n\r\nfive'
    const result = normalise(text)
    expect(result).toBe('one\ntwo\nthree\n\nfive')
    expect(result.split('\n')).toHaveLength(5)
  })

  it('should collapse NBSP runs and trim every line', () => {
    expect(normalise(`No standard hypervisor. -${NBSP} This problem.${NBSP}${NBSP} `)).toBe(
      'No standard hypervisor. - This problem.',
    )
    expect(normalise(NBSP)).toBe('')
  })

  it('should give typographic bullets followed by NBSP runs one canonical form', () => {
    const lines = [
      `·${NBSP} ${NBSP} ${NBSP}  It took OS vendors years`,
      `•${NBSP}${NBSP}Measure`,
      `-${NBSP}${NBSP}Count`,
      `▪ Square`,
      `o${NBSP}${NBSP}${NBSP} Nested item from Word`,
      'o not a bullet without NBSP',
      `·${NBSP}${NBSP}`,
      '- plain dash stays for the parser',
    ]
    expect(normalise(lines.join('\n')).split('\n')).toEqual([
      '• It took OS vendors years',
      '• Measure',
      '• Count',
      '• Square',
      '• Nested item from Word',
      'o not a bullet without NBSP',
      '',
      '- plain dash stays for the parser',
    ])
  })

  it('should drop invisible characters but keep every line', () => {
    const text = '\ufeffTitle\u200b\nsoft\u00adhyphen\n\n'
    expect(normalise(text)).toBe('Title\nsofthyphen\n\n')
  })
})
