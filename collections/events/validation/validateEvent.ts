import type { DateFieldValidation, TextFieldSingleValidation } from 'payload'

type Mode = 'mixed' | 'offline' | 'online'

interface EventData {
  attendanceMode?: Mode
  location?: { city?: null | string; venue?: null | string }
  startsAt?: Date | null | string
}

/** An event cannot end before it starts. */
export const validateEndsAt: DateFieldValidation = (value, { data }) => {
  const startsAt = (data as EventData).startsAt
  if (!value || !startsAt) return true
  return new Date(value).getTime() >= new Date(startsAt).getTime()
    ? true
    : 'The end must be on or after the start.'
}

/** Online and mixed events need the URL where people attend. */
export const validateOnlineUrl: TextFieldSingleValidation = (value, { data }) => {
  const mode = (data as EventData).attendanceMode ?? 'offline'
  if (mode === 'offline') return true
  if (!value) return 'An online or mixed event needs an online URL.'
  return /^https?:\/\/\S+$/.test(value) ? true : 'The online URL must start with http:// or https://.'
}

/** In-person and mixed events need somewhere to go: a city or a venue. */
export const validateCity: TextFieldSingleValidation = (value, { data }) => {
  const { attendanceMode = 'offline', location } = data as EventData
  if (attendanceMode === 'online' || value || location?.venue) return true
  return 'An in-person event needs a city or a venue.'
}
