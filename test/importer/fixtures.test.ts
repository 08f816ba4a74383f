import { describe, expect, it } from 'vitest'

import { parseCapture } from './helpers.js'

interface Expected {
  /** Event titles, in post order. */
  events: string[]
  /** Per post: title, UTC date, links, product slugs. */
  posts: [string, string, string[], string[]][]
}

/** Every fixture at a glance: posts, dates, links, mentions and events, all from one table. */
const FIXTURES: Record<string, Expected> = {
  'blogger-classic.txt': {
    events: [],
    posts: [
      ['OpenVZ checkpointing explained', '2006-10-16', [], ['openvz']],
      ['Virtuozzo 3.5 beta is available for download today', '2006-10-16', [], ['virtuozzo']],
      ['Why containers?', '2006-10-13', [], []],
    ],
  },
  'closing-lines.txt': {
    events: [],
    posts: [
      ['Is OS virtualization ready for the desktop?', '2006-10-05', [], []],
      ['Xen 3.0.3 is out!!', '2006-10-05', [], ['xen']],
      ['Wait for it...', '2006-10-05', [], ['openvz']],
      ['Containers in the classroom', '2006-10-04', [], []],
    ],
  },
  'comments.txt': {
    events: [],
    posts: [['Containers and security', '2006-11-07', [], []]],
  },
  'date-forms.txt': {
    events: [],
    posts: [
      ['Long-form header', '2006-09-22', [], []],
      ['Zero-padded day', '2006-09-06', [], []],
      ['Abbreviated month', '2006-08-15', [], []],
      ['Wrong weekday', '2006-08-03', [], []],
    ],
  },
  'events-venue.txt': {
    events: ['Virtualization Summit', 'Hands-on OpenVZ workshop'],
    posts: [
      ['Virtualization Summit in San Francisco', '2006-09-25', [], []],
      ['Hands-on OpenVZ workshop', '2006-09-22', [], ['openvz']],
    ],
  },
  'events-webinar.txt': {
    events: ['Free webinar: Containers 101', 'Save the date'],
    posts: [
      [
        'Free webinar: Containers 101',
        '2006-12-14',
        ['http://www.swsoft.com/webinars'],
        ['openvz'],
      ],
      ['Save the date', '2006-12-13', [], []],
      ['Looking back', '2006-12-12', [], []],
    ],
  },
  'header-without-post.txt': {
    events: [],
    posts: [['A quiet week', '2006-09-28', [], []]],
  },
  'late-posts.txt': {
    events: [],
    posts: [
      ['Late night release', '2006-12-01', [], ['virtuozzo']],
      ['Early bird', '2006-12-01', [], ['openvz']],
    ],
  },
  'links-and-markup.txt': {
    events: [],
    posts: [
      [
        'Links & <script> tags',
        '2006-05-02',
        [
          'http://www.openvz.org/news/2006-05-02.html',
          'https://git.openvz.org/?p=linux-2.6-openvz;a=summary',
          'http://www.openvz.org/wiki',
          'http://en.wikipedia.org/wiki/Operating_system-level_virtualization',
          'https://example.com/search?q=openvz&lang=en',
        ],
        [],
      ],
    ],
  },
  'lists.txt': {
    events: [],
    posts: [['Three ways to consolidate servers', '2006-06-09', [], ['xen', 'openvz']]],
  },
  'mentions.txt': {
    events: [],
    posts: [
      [
        'Mandriva Corporate Server 4.0 ships containers',
        '2006-10-03',
        ['http://wiki.example.com/Xen/Notes'],
        [
          'mandriva-corporate-server-4-0',
          'openvz',
          'vmware-esx-server',
          'windows-server-2003',
          'virtuozzo',
          'microsoft-hypervisor',
          'windows-vista',
        ],
      ],
    ],
  },
  'single-newlines.txt': {
    events: [],
    posts: [
      ['Hardware support matrix', '2006-07-03', [], ['virtuozzo']],
      ['Holiday schedule', '2006-07-01', [], []],
    ],
  },
  'titleless.txt': {
    events: [],
    posts: [
      [
        'I spent the weekend benchmarking OpenVZ against Xen on the same hardware, and…',
        '2006-08-20',
        [],
        ['openvz', 'xen'],
      ],
      ['Kernel 2.6.18 released', '2006-08-20', [], []],
      ['Short note: the OpenVZ wiki is back online after the outage', '2006-08-19', [], ['openvz']],
    ],
  },
  'truncated.txt': {
    events: [],
    posts: [['Benchmarks, part one', '2006-04-03', [], []]],
  },
}

describe('fixture captures', () => {
  for (const [name, expected] of Object.entries(FIXTURES)) {
    it(`should import ${name} as expected`, async () => {
      const file = await parseCapture(name)
      const posts = file.posts.map((post) => [
        post.title,
        post.publishedAt.slice(0, 10),
        post.links,
        post.mentions.map((mention) => mention.product),
      ])
      expect(posts).toEqual(expected.posts)
      expect(file.events.map((event) => event.title)).toEqual(expected.events)
    })
  }
})
