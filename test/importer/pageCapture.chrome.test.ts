import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { postTitled } from '../helpers/parsedFiles.js'
import { chromeIn, parseCapture } from './helpers.js'

describe('page capture: Blogger chrome', () => {
  it('should split posts at their footers and keep chrome and sidebar out', async () => {
    const file = await parseCapture('blogger-classic.txt')
    expect(file.format).toBe('page-capture')
    expect(file.posts.map((post) => post.title)).toEqual([
      'OpenVZ checkpointing explained',
      'Virtuozzo 3.5 beta is available for download today',
      'Why containers?',
    ])
    expect(file.posts.map((post) => post.text)).toEqual([
      'Live migration in OpenVZ relies on checkpointing a container and restoring it on another host. The whole process takes seconds.',
      'Virtuozzo 3.5 beta is available for download today. Grab it while it is hot.',
      'Containers share one kernel, so they start in a fraction of a second.',
    ])
    expect(file.warnings).toEqual([
      { line: 1, message: 'text before the first date header was ignored' },
    ])
  })

  it('should turn "Labels:" into categories and "Posted by" into author and time', async () => {
    const file = await parseCapture('blogger-classic.txt')
    const [first, second, third] = file.posts
    expect(first).toMatchObject({ authorName: 'Kir', categories: ['openvz', 'migration'] })
    expect(first.publishedAt).toBe('2006-10-16T16:14:00.000Z')
    expect(second).toMatchObject({ categories: ['virtuozzo'], titleDerived: true })
    expect(second.publishedAt).toBe('2006-10-16T09:05:00.000Z')
    expect(third).toMatchObject({ authorName: 'Anna Smith', categories: [] })
    expect(third.publishedAt).toBe('2006-10-13T11:30:00.000Z')
  })

  it('should keep "NAME said..." comments out of the body and store them', async () => {
    const file = await parseCapture('comments.txt')
    expect(file.posts).toHaveLength(1)
    const post = postTitled(file, 'Containers and security')
    expect(post.text).toBe(
      'Some people ask whether containers are secure enough for hosting. They are, as long as the kernel is patched.',
    )
    expect(post.comments).toEqual([
      { author: 'Anonymous', line: 10, text: 'Great post! What about kernel exploits?' },
      {
        author: 'John Doe',
        line: 16,
        text: 'We run hundreds of containers in production.\n\nNo problems so far.',
      },
      { author: 'Kir', line: 23, text: 'Kernel exploits affect every virtualization approach.' },
    ])
  })

  it('should skip a date header without a post and warn with its line', async () => {
    const file = await parseCapture('header-without-post.txt')
    expect(file.posts.map((post) => [post.title, post.publishedAt.slice(0, 10)])).toEqual([
      ['A quiet week', '2006-09-28'],
    ])
    expect(file.warnings).toEqual([
      { line: 1, message: 'date header 2006-09-30 has no post; skipped' },
      { line: 9, message: 'date header 2006-09-27 has no post; skipped' },
    ])
  })

  it('should let no chrome reach any post of any fixture', async () => {
    const folder = fileURLToPath(new URL('../fixtures/captures/', import.meta.url))
    const names = (await readdir(folder)).filter((name) => name.endsWith('.txt'))
    expect(names.length).toBeGreaterThanOrEqual(12)
    for (const name of names) {
      const file = await parseCapture(name)
      // Every fixture is a capture with posts: one that parsed to none would pass unchecked.
      expect(file.posts.length, name).toBeGreaterThan(0)
      for (const post of file.posts)
        expect({ name, chrome: chromeIn(post) }).toEqual({ name, chrome: [] })
    }
  })
})
