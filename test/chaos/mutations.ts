import fc from 'fast-check'

/**
 * The pieces a capture is made of, and the ones that break parsers: fast-check draws lines from
 * these and splices them into real captures.
 */
const WEEKDAYS = ['', 'Monday, ', 'Fri, ', 'Sunday ', 'Tue. ']
const MONTHS = ['January', 'Feb', 'Sept.', 'May', 'june', 'DECEMBER', 'Smarch']

/** Date headers in every form the parser reads, valid or not (February 30, year 0001, day 99). */
const dateLine = fc
  .record({
    day: fc.integer({ max: 99, min: 0 }),
    form: fc.integer({ max: 4, min: 0 }),
    month: fc.constantFrom(...MONTHS),
    monthNumber: fc.integer({ max: 13, min: 0 }),
    weekday: fc.constantFrom(...WEEKDAYS),
    year: fc.integer({ max: 9999, min: 0 }),
  })
  .map(({ day, form, month, monthNumber, weekday, year }) => {
    const yyyy = String(year).padStart(4, '0')
    const forms = [
      `${weekday}${month} ${day}, ${yyyy}`,
      `${weekday}${day} ${month} ${yyyy}`,
      `${yyyy}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      `${monthNumber}/${day}/${yyyy}`,
      `${weekday}${month} ${day}th ${yyyy}`,
    ]
    return forms[form]
  })

const chromeLine = fc.constantFrom(
  'Posted by Kir at 4:14 PM',
  'posted by Anna Smith @ 11:30 AM',
  'Posted by  at 99:99 PM',
  'Labels: openvz, migration, openvz',
  'Labels:',
  '2 comments:',
  'No comments:',
  'Links to this post:',
  'Create a Link',
  'Post a Comment',
  'Newer Posts Older Posts Home',
  '« Home',
  'Subscribe to: Posts (Atom)',
  'This page is powered by Blogger. Isn’t yours?',
)

const markupLine = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<?xml version="1.0"?>',
  '<rss version="2.0"><channel><item><title>x</title></item>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '<![CDATA[ ]]> ]]>',
  '&amp;&lt;&#0;&#xD800;&bogus;',
  '<p onclick="x()">text</p><iframe src="http://evil.example/"></iframe>',
  '</body></html>',
)

const bulletLine = fc
  .tuple(
    fc.constantFrom('•', '·', '▪', '◦', '-\u00a0', '*\u00a0', 'o\u00a0', '§\u00a0', '- ', '1. '),
    fc.string({ maxLength: 30 }),
  )
  .map(([bullet, text]) => `${bullet}${text}`)

/** Sentences the event and product extractors look for. */
const proseLine = fc.constantFrom(
  'The Virtualization Summit runs October 10-12, 2006 at the Moscone Center in San Francisco.',
  'Our workshop takes place on November 31 at 25pm in Boston, led by Jane Smith, Senior Engineer at SWsoft.',
  'Join the webinar on Tuesday, September 26 from 9:00 AM to 5:00 PM EST. Admission is free.',
  'OpenVZ, Virtuozzo and Xen 3.0.1 run on Windows Vista; VMware ESX does not.',
  'Read more at http://www.openvz.org/news/(x)?a=b&c=d.',
  'Virtuozzo'.repeat(50),
)

const controlChars = fc.string({
  maxLength: 20,
  unit: fc
    .integer({ max: 0x9f, min: 0 })
    .filter((c) => c < 0x20 || c >= 0x7f)
    .map((c) => String.fromCharCode(c)),
})

const hugeLine = fc
  .tuple(
    fc.constantFrom('a', ' ', '.', 'http://x.', '•', '9/', '<', 'Posted by '),
    fc.integer({ max: 20_000, min: 100 }),
  )
  .map(([unit, times]) => unit.repeat(times))

/** One line to splice in. */
export const lineArbitrary = fc.oneof(
  fc.string({ maxLength: 80, unit: 'binary' }),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
  controlChars,
  dateLine,
  chromeLine,
  markupLine,
  bulletLine,
  proseLine,
  hugeLine,
  fc.constant(''),
)

export type Mutation =
  | { at: number; kind: 'delete' }
  | { at: number; kind: 'duplicate' }
  | { at: number; kind: 'insert'; line: string }
  | { at: number; kind: 'replace'; line: string }
  | { at: number; kind: 'splice'; line: string; offset: number }
  | { at: number; kind: 'truncate' }

const at = fc.nat({ max: 10_000 })

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at, kind: fc.constant('delete' as const) }),
  fc.record({ at, kind: fc.constant('duplicate' as const) }),
  fc.record({ at, kind: fc.constant('insert' as const), line: lineArbitrary }),
  fc.record({ at, kind: fc.constant('replace' as const), line: lineArbitrary }),
  fc.record({
    at,
    kind: fc.constant('splice' as const),
    line: lineArbitrary,
    offset: fc.nat({ max: 200 }),
  }),
  fc.record({ at, kind: fc.constant('truncate' as const) }),
)

/**
 * Applies mutations to the text's lines, then joins them with `eol` (captures saved on Windows
 * or old Macs); positions wrap around, so every mutation lands somewhere.
 */
export const mutate = (text: string, mutations: Mutation[], eol = '\n'): string => {
  let lines = text.split('\n')
  for (const mutation of mutations) {
    const i = mutation.at % Math.max(lines.length, 1)
    if (mutation.kind === 'delete') lines.splice(i, 1)
    else if (mutation.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '')
    else if (mutation.kind === 'insert') lines.splice(i, 0, ...mutation.line.split('\n'))
    else if (mutation.kind === 'replace') lines[i] = mutation.line
    else if (mutation.kind === 'truncate') lines = lines.slice(0, i)
    else {
      const line = lines[i] ?? ''
      const cut = mutation.offset % (line.length + 1)
      lines[i] = line.slice(0, cut) + mutation.line + line.slice(cut)
    }
  }
  return lines.join(eol)
}
