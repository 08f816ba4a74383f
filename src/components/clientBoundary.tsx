import type { ComponentType } from 'react'

import React from 'react'

/**
 * A server component that renders a client component with only the props it names. Payload gives
 * any component it takes for a server one its server props (`payload`, `i18n`, the request…).
 * Should a bundler not mark a package's 'use client' entry, a client component is taken for one,
 * and those objects travel to the browser, where the first `JSON.stringify` of the form state
 * (plugin-seo's preview does one) fails on the circular `payload`. The admin therefore always
 * reaches Newsroom's client components through a boundary like this, which stays on the server.
 */
export const clientBoundary = <P extends object>(
  Client: ComponentType<P>,
  names: readonly (keyof P & string)[],
): ComponentType<P> => {
  const Boundary = (props: P) => {
    const picked = Object.fromEntries(names.map((name) => [name, props[name]])) as P
    return <Client {...picked} />
  }
  Boundary.displayName = `ClientBoundary(${Client.displayName ?? Client.name})`
  return Boundary
}
