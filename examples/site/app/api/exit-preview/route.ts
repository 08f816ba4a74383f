import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and goes home. */
export const GET = async () => {
  ;(await draftMode()).disable()
  redirect('/')
}
