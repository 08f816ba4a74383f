import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { draftMode } from 'next/headers'

import { siteURL } from '../lib/env.js'
import './site.css'

export const generateMetadata = (): Metadata => ({
  // RSS autodiscovery: feed readers find the feed from any page.
  alternates: { types: { 'application/rss+xml': [{ title: 'Newsroom', url: '/feed.xml' }] } },
  metadataBase: new URL(siteURL()),
  title: { default: 'Newsroom', template: '%s · Newsroom' },
})

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { isEnabled: draft } = await draftMode()
  return (
    <html lang="en">
      <body>
        {draft ? (
          <p className="draft-banner" data-testid="draft-banner">
            Preview: you are seeing drafts. <a href="/api/exit-preview">Leave preview</a>
          </p>
        ) : null}
        <header>
          <a className="brand" href="/">
            Newsroom
          </a>
          <nav>
            <a href="/">Posts</a>
            <a href="/events">Events</a>
            <a href="/categories">Categories</a>
            <a href="/feed.xml">RSS</a>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
