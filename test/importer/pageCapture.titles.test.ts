import { describe, expect, it } from 'vitest'

import { postTitled } from '../helpers/parsedFiles.js'
import { parseCapture } from './helpers.js'

describe('page capture: titles', () => {
  it('should derive a title from the first sentence of a title-less post', async () => {
    const file = await parseCapture('titleless.txt')
    expect(file.posts.map(({ title, titleDerived }) => [title, titleDerived])).toEqual([
      ['I spent the weekend benchmarking OpenVZ against Xen on the same hardware, and…', true],
      ['Kernel 2.6.18 released', false],
      ['Short note: the OpenVZ wiki is back online after the outage', true],
    ])
    expect(file.posts[0].text).toBe(
      'I spent the weekend benchmarking OpenVZ against Xen on the same hardware, and the results surprised me more than I expected them to. Containers won on every test that involved many small workloads.\n\nThe numbers will be published next week.',
    )
  })

  it('should key derived titles by their position on the date', async () => {
    const file = await parseCapture('titleless.txt')
    expect(file.posts.map((post) => post.sourceKey)).toEqual([
      'titleless:2006-08-20:#1',
      'titleless:2006-08-20:kernel-2-6-18-released',
      'titleless:2006-08-19:#1',
    ])
  })

  it('should keep closing lines in the body and accept titles ending "?", "!!" and "..."', async () => {
    const file = await parseCapture('closing-lines.txt')
    expect(file.posts.map((post) => post.title)).toEqual([
      'Is OS virtualization ready for the desktop?',
      'Xen 3.0.3 is out!!',
      'Wait for it...',
      'Containers in the classroom',
    ])
    expect(file.posts.every((post) => !post.titleDerived)).toBe(true)
    expect(file.posts[0].text.split('\n\n').at(-1)).toBe('What do you think?')
    expect(file.posts[1].text.split('\n\n').at(-1)).toBe('Thoughts?')
    expect(file.posts[2].text).toBe(
      '...the OpenVZ team will announce something big next week.\n\nStay tuned!',
    )
  })

  it('should let a body begin with "..."', async () => {
    const file = await parseCapture('closing-lines.txt')
    const post = postTitled(file, 'Xen 3.0.3 is out!!')
    expect(post.text.startsWith('...and it finally supports live migration')).toBe(true)
    expect(post.html.startsWith('<p>...and it finally')).toBe(true)
  })

  it('should not start a post at a closing line followed by prose', async () => {
    const file = await parseCapture('closing-lines.txt')
    const post = postTitled(file, 'Containers in the classroom')
    expect(post.text.split('\n\n')).toEqual([
      'Universities use containers to give every student a root shell. It is cheap and safe.',
      'Comments welcome?',
      'Another note from the road: the hotel network was terrible, so this post is late.',
    ])
  })

  it('should read paragraphs separated by single newlines and join wrapped lines', async () => {
    const file = await parseCapture('single-newlines.txt')
    expect(file.posts.map((post) => post.title)).toEqual([
      'Hardware support matrix',
      'Holiday schedule',
    ])
    expect(file.posts[0].text.split('\n\n')).toEqual([
      'The matrix lists every server we tested with Virtuozzo.',
      'It is updated every week.',
      'Some vendors are still missing from the list because their hardware arrived late and we did not have time to run the full test suite on it before the release.',
      'Send us your results.',
    ])
    expect(file.posts[0].textLines).toEqual([3, 4, 5, 7])
    expect(file.posts[1]).toMatchObject({ line: 9, text: 'The office is closed on Tuesday.' })
  })
})
