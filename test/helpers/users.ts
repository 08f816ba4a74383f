import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { NewsroomRole } from '../../src/types.js'

export interface TestUser {
  /** Headers that authenticate as this user: a JWT for staff, an API key for `site`. */
  headers: Record<string, string>
  id: number | string
}

/** Creates a user with a role, and returns the headers a real client would send as them. */
export const createUser = async (
  payload: Payload,
  role: NewsroomRole,
  usersSlug = 'users',
): Promise<TestUser> => {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.com`
  const password = randomBytes(12).toString('hex')
  const apiKey = role === 'site' ? randomBytes(24).toString('hex') : undefined
  const user = await payload.create({
    collection: usersSlug,
    data: { apiKey, email, enableAPIKey: Boolean(apiKey), name: `Test ${role}`, password, roles: [role] },
  })
  if (apiKey) return { headers: { Authorization: `${usersSlug} API-Key ${apiKey}` }, id: user.id }
  const { token } = await payload.login({ collection: usersSlug, data: { email, password } })
  return { headers: { Authorization: `JWT ${token}` }, id: user.id }
}
