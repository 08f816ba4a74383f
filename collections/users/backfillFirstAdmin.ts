import type { Payload } from 'payload'

import { newsroomRoles } from './fields/roles.js'

/**
 * Newsroom added to an app that already has users: nobody holds a Newsroom role, so nobody could
 * manage it. The oldest account (the app's owner, as the first user is on a fresh install)
 * becomes an admin; the others get no role until an admin gives them one, so a host with public
 * sign-up does not turn its customers into admins. Once anyone has a role it does nothing, so it
 * is safe at every start. Written through `payload.db`: the host's hooks and validation are about
 * its users' own edits, not this one field.
 */
export const backfillFirstAdmin = async (payload: Payload, usersSlug: string): Promise<void> => {
  const withRoles = await payload.count({
    collection: usersSlug,
    overrideAccess: true,
    where: { roles: { in: [...newsroomRoles] } },
  })
  if (withRoles.totalDocs > 0) return
  const { docs } = await payload.find({
    collection: usersSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    sort: 'createdAt',
  })
  const oldest = docs[0]
  if (!oldest) return
  await payload.db.updateOne({
    collection: usersSlug,
    data: { roles: ['admin'] },
    id: oldest.id,
    returning: false,
  })
  payload.logger.warn({
    msg: `[newsroom] No user had a Newsroom role: the oldest user (id ${oldest.id}) is now an admin; an admin gives the others theirs.`,
  })
}
