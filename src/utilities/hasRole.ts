import type { NewsroomRole } from '../types.js'

/** Reads a user's roles without trusting its shape: host apps type `req.user` their own way. */
export const rolesOf = (user: unknown): NewsroomRole[] => {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) ? roles.filter((r): r is NewsroomRole => typeof r === 'string') : []
}

export const hasRole = (user: unknown, ...roles: NewsroomRole[]): boolean =>
  rolesOf(user).some((role) => roles.includes(role))
