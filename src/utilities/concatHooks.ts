import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Every hook of `first`, then every hook of `then`, per hook type: nothing is dropped. */
export const concatHooks = (first: Hooks = {}, then: Hooks = {}): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const key of new Set([...Object.keys(first), ...Object.keys(then)])) {
    const name = key as keyof Hooks
    merged[key] = [...((first[name] as unknown[]) ?? []), ...((then[name] as unknown[]) ?? [])]
  }
  return merged as Hooks
}
