import { describe, expect, it } from 'vitest'

import type { CatalogueProduct } from '../../src/importer/types.js'

import {
  findMentions,
  loadCatalogue,
  summariseProducts,
  validateCatalogue,
} from '../../src/importer/extract/products.js'
import { slugify } from '../../src/utilities/slugify.js'
import { parseCapture } from './helpers.js'

const catalogue = await loadCatalogue()

describe('product catalogue', () => {
  it('should cover every product the seed names, with slugified names as slugs', () => {
    const slugs = catalogue.map((product) => product.slug)
    for (const slug of [
      'virtuozzo',
      'openvz',
      'xen',
      'vmware',
      'virtual-iron',
      'microsoft-hypervisor',
      'windows-vista',
      'windows-server-2003',
      'softricity-softgrid',
      'mandriva-corporate-server-4-0',
      'intel-virtualization-technology',
      'microsoft-virtual-server',
      'windows',
    ]) {
      expect(slugs).toContain(slug)
    }
    for (const product of catalogue) {
      expect(product.slug).toBe(slugify(product.name))
      expect(product.website).toMatch(/^https?:\/\//)
    }
  })

  it('should reject a catalogue entry with an unknown category', () => {
    const bad = [
      { aliases: [], category: 'toaster', name: 'Toaster', slug: 'toaster', vendor: 'Acme' },
    ]
    expect(() => validateCatalogue(bad, 'products.json')).toThrow(
      /products\.json: product #1 has an unknown category/,
    )
  })
})

describe('findMentions', () => {
  it('should let the longest name win', () => {
    const mentions = findMentions(
      'We moved from Windows 2003 Server to Mandriva Corporate Server 4.0 last week.',
      catalogue,
    )
    expect(mentions.map((mention) => mention.product)).toEqual([
      'windows-server-2003',
      'mandriva-corporate-server-4-0',
    ])
  })

  it('should match whole words only and ignore a lowercase common noun', () => {
    const text = 'XenSource ships Xen. Open the windows. VMwareish is not a word.'
    expect(findMentions(text, catalogue)).toEqual([
      { context: 'XenSource ships Xen.', product: 'xen' },
    ])
  })

  it('should keep one mention per product, with the first sentence that names it', () => {
    const text = 'Virtuozzo is fast.\n\nI like Virtuozzo templates. OpenVZ too.'
    expect(findMentions(text, catalogue)).toEqual([
      { context: 'Virtuozzo is fast.', product: 'virtuozzo' },
      { context: 'OpenVZ too.', product: 'openvz' },
    ])
  })

  it('should find aliases, curly apostrophes included, and skip URLs', async () => {
    const [post] = (await parseCapture('mentions.txt')).posts
    expect(post.mentions.map((mention) => mention.product)).toEqual([
      'mandriva-corporate-server-4-0',
      'openvz',
      'vmware-esx-server',
      'windows-server-2003',
      'virtuozzo',
      'microsoft-hypervisor',
      'windows-vista',
    ])
    expect(post.mentions[0].context).toBe(
      'Mandriva Corporate Server 4.0 is the first distribution with OpenVZ built in.',
    )
    expect(post.mentions[3].context).toBe(
      'Customers still on Windows 2003 Server can try Virtuozzo today.',
    )
    expect(post.mentions[5].context).toBe(
      'Microsoft’s hypervisor, code-named Viridian, will ship after Windows Vista.',
    )
  })

  it('should use a catalogue passed in, as a Payload hook would', () => {
    const products: CatalogueProduct[] = [
      {
        aliases: ['Gizmo'],
        category: 'other',
        name: 'Acme Gizmo Pro',
        slug: 'acme-gizmo-pro',
        vendor: 'Acme',
      },
    ]
    expect(findMentions('The Acme Gizmo Pro beats any other Gizmo.', products)).toEqual([
      { context: 'The Acme Gizmo Pro beats any other Gizmo.', product: 'acme-gizmo-pro' },
    ])
  })
})

describe('summariseProducts', () => {
  it('should count the posts that mention each product', async () => {
    const file = await parseCapture('titleless.txt')
    const summary = summariseProducts(file.posts, catalogue)
    expect(summary).toHaveLength(catalogue.length)
    expect(summary.find((entry) => entry.slug === 'openvz')).toEqual({
      mentions: 2,
      name: 'OpenVZ',
      slug: 'openvz',
    })
    expect(summary.find((entry) => entry.slug === 'xen')?.mentions).toBe(1)
    expect(summary.find((entry) => entry.slug === 'vmware')?.mentions).toBe(0)
  })
})
