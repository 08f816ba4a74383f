/** A post or event already in the database, as the plan compares it with its source. */
export interface ExistingDoc {
  id: number | string
  mentions?: { context?: null | string; origin?: null | string; product: unknown }[] | null
  mutedMentions?: unknown[] | null
  publishedAt?: null | string
  slug?: null | string
  source?: {
    editedSinceImport?: boolean | null
    legacyUrl?: null | string
    sourceHash?: null | string
    sourceKey?: null | string
  }
  title?: null | string
}
