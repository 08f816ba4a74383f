/**
 * Adds `items` to the end of `list`. Not `list.push(...items)`: spreading passes every item as an
 * argument, and a capture read whole (hundreds of thousands of posts) overflows the stack.
 */
export const append = <T>(list: T[], items: readonly T[]): void => {
  for (const item of items) list.push(item)
}
