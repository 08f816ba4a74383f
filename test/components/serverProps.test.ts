import type { Config, Field } from 'payload'
import type { ReactElement } from 'react'

import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import { describe, expect, it } from 'vitest'

import * as client from '../../src/exports/client.js'
import * as rsc from '../../src/exports/rsc.js'
import { newsroomPlugin } from '../../src/index.js'

/** Every admin component Newsroom puts in a config: on fields (any depth) and the dashboard. */
const componentsOf = (config: Config): unknown[] => {
  const found: unknown[] = [...(config.admin?.components?.beforeDashboard ?? [])]
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      const components =
        field.admin && 'components' in field.admin ? field.admin.components : undefined
      if (components) found.push(...Object.values(components))
      if ('fields' in field) walk(field.fields)
      if (field.type === 'tabs') field.tabs.forEach((tab) => walk(tab.fields))
    }
  }
  config.collections?.forEach((collection) => walk(collection.fields))
  return found.filter((component) =>
    JSON.stringify(component ?? '').includes('@newsroom/payload-plugin'),
  )
}

const importMap = Object.fromEntries([
  ...Object.entries(rsc).map(([name, component]) => [
    `@newsroom/payload-plugin/rsc#${name}`,
    component,
  ]),
  ...Object.entries(client).map(([name, component]) => [
    `@newsroom/payload-plugin/client#${name}`,
    component,
  ]),
])
const clientComponents = new Set<unknown>(Object.values(client))

/** The server's own objects, as Payload hands them to a server component: `payload` is circular. */
const serverProps = () => {
  const payload: Record<string, unknown> = { config: {} }
  payload.self = payload
  return { i18n: { t: () => '' }, payload, permissions: {}, user: null }
}

/**
 * Renders a component config as Payload's admin does, then follows server components (which run on
 * the server) down to the first client component, whose props are what travels to the browser.
 */
const browserBound = (component: unknown): ReactElement<Record<string, unknown>> => {
  let element = RenderServerComponent({
    clientProps: { path: 'field' },
    Component: component as never,
    importMap: importMap as never,
    serverProps: serverProps(),
  }) as ReactElement<Record<string, unknown>>
  while (!clientComponents.has(element.type)) {
    const render = element.type as (props: unknown) => ReactElement<Record<string, unknown>>
    element = render(element.props)
  }
  return element
}

describe("the admin's client components", () => {
  const components = componentsOf(
    newsroomPlugin()({ collections: [], secret: 'x' } as unknown as Config),
  )

  it('should be reached through a server boundary, never named directly', () => {
    const direct = components.filter((c) =>
      JSON.stringify(c).includes('@newsroom/payload-plugin/client#'),
    )
    expect(direct).toEqual([])
    expect(components.length).toBeGreaterThanOrEqual(6)
  })

  it.each(['MentionRowLabel', 'ImportProgress'])(
    'should give %s only its own props, nothing of the server, however Payload renders it',
    (name) => {
      const component = components.find((c) => JSON.stringify(c).includes(`#${name}"`))
      expect(component, name).toBeDefined()
      const element = browserBound(component)
      expect(element.type).toBe(client[name as keyof typeof client])
      expect(() => JSON.stringify(element.props)).not.toThrow()
      expect(Object.keys(element.props)).not.toContain('payload')
      expect(Object.keys(element.props)).not.toContain('i18n')
    },
  )
})
