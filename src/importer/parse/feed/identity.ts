import { slugify } from '../../../utilities/slugify.js'

/**
 * A feed item's source key: its `guid` or `id` as written when it is a URI (globally unique by
 * design), else scoped by the feed's own address so a bare "42" from two blogs cannot collide.
 * Items with neither get their link, and at worst their date and title, with a warning.
 */
export const feedItemId = (args: {
  date: string
  id: string
  link?: string
  scope: string
  title: string
}): { id: string; warning?: string } => {
  if (args.id)
    return { id: /^[a-z][\w+.-]*:/i.test(args.id) ? args.id : `${args.scope}#${args.id}` }
  if (args.link)
    return { id: args.link, warning: 'item has no guid or id; its link is its identity' }
  return {
    id: `${args.scope}#${args.date.slice(0, 10)}:${slugify(args.title)}`,
    warning: 'item has no guid, id or link; its date and title are its identity',
  }
}
