import { describe, expect, it } from 'vitest'

import { parseCapture } from './helpers.js'

describe('page capture: bodies', () => {
  it('should turn "·", "•", "-" and "*" lines with NBSP runs into list items', async () => {
    const [post] = (await parseCapture('lists.txt')).posts
    expect(post.html).toBe(
      [
        '<p>There are several options:</p>',
        '<ul><li>Hardware partitioning</li><li>Hypervisors such as Xen</li>',
        '<li>OS virtualization such as OpenVZ</li></ul>',
        '<p>Each has its place. Our checklist for choosing one:</p>',
        '<ul><li>Measure the workload</li><li>Count the operating systems you need</li>',
        '<li>Estimate the density</li><li>Compare the licensing costs</li></ul>',
        '<p>Steps to try OpenVZ:</p>',
        '<ol><li>Install the kernel</li><li>Reboot</li><li>Create a container</li></ol>',
        '<p>That is all there is to it.</p>',
        '<p>1) Only one numbered line here, so this is prose.</p>',
      ].join(''),
    )
  })

  it('should give list items their own paragraph in the plain text', async () => {
    const [post] = (await parseCapture('lists.txt')).posts
    const paragraphs = post.text.split('\n\n')
    expect(paragraphs.slice(0, 4)).toEqual([
      'There are several options:',
      '• Hardware partitioning',
      '• Hypervisors such as Xen',
      '• OS virtualization such as OpenVZ',
    ])
    expect(paragraphs).toContain('2. Reboot')
    expect(post.text).not.toMatch(/\u00a0|·/)
  })

  it('should link bare URLs and list them without sentence punctuation', async () => {
    const [post] = (await parseCapture('links-and-markup.txt')).posts
    expect(post.links).toEqual([
      'http://www.openvz.org/news/2006-05-02.html',
      'https://git.openvz.org/?p=linux-2.6-openvz;a=summary',
      'http://www.openvz.org/wiki',
      'http://en.wikipedia.org/wiki/Operating_system-level_virtualization',
      'https://example.com/search?q=openvz&lang=en',
    ])
    expect(post.html).toContain(
      '<a href="http://www.openvz.org/news/2006-05-02.html">http://www.openvz.org/news/2006-05-02.html</a>. The source',
    )
    expect(post.html).toContain(
      '<a href="http://www.openvz.org/wiki">www.openvz.org/wiki</a> (mirrored)',
    )
    expect(post.html).toContain(
      '(<a href="http://en.wikipedia.org/wiki/Operating_system-level_virtualization">',
    )
    expect(post.html).toContain('href="https://example.com/search?q=openvz&amp;lang=en"')
  })

  it('should escape markup in the capture so it stays text', async () => {
    const [post] = (await parseCapture('links-and-markup.txt')).posts
    expect(post.title).toBe('Links & <script> tags')
    expect(post.slug).toBe('links-and-script-tags')
    expect(post.html).not.toContain('<script')
    expect(post.html).toContain(
      '<p>Someone pasted &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; into a comment &amp; it showed up as text, which is right.</p>',
    )
    expect(post.text).toContain('<script>alert("xss")</script>')
    const tags = post.html.match(/<\/?([a-z]+)/g)?.map((tag) => tag.replace(/[</]/g, ''))
    expect(new Set(tags)).toEqual(new Set(['p', 'a']))
  })

  it('should import a capture that ends mid-sentence and say so', async () => {
    const file = await parseCapture('truncated.txt')
    expect(file.posts).toHaveLength(1)
    expect(file.posts[0]).toMatchObject({
      text: 'We ran the first round of benchmarks on a dual Xeon box with four gigabytes of memory and',
      title: 'Benchmarks, part one',
    })
    expect(file.warnings).toEqual([
      { line: 5, message: 'the capture ends mid-sentence; imported what is there' },
    ])
  })
})
