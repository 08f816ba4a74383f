import { SERVER_URL } from './app.js'

export interface Answer {
  body: Record<string, unknown>
  status: number
}

/** A JSON request to the app's REST API over HTTP, as `token`'s user when given. */
export const api = async (
  method: string,
  route: string,
  { body, token }: { body?: unknown; token?: string } = {},
): Promise<Answer> => {
  const res = await fetch(`${SERVER_URL}/api/${route}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    method,
  })
  const text = await res.text()
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(text) as Record<string, unknown>
  } catch {
    parsed = { text: text.slice(0, 500) }
  }
  return { body: parsed, status: res.status }
}

/** Logs in through `/api/users/login`; fails with what the API answered. */
export const login = async (user: { email: string; password: string }): Promise<string> => {
  const { body, status } = await api('POST', 'users/login', { body: user })
  if (status !== 200) throw new Error(`login as ${user.email}: ${status} ${JSON.stringify(body)}`)
  return String(body.token)
}
