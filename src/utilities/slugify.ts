import type { Slugify } from 'payload/shared'

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/** A Latin letter followed by its accents: "é" decomposed. Other scripts keep their marks. */
const LATIN_ACCENTS = /(\p{Script=Latin})[\u0300-\u036f]+/gu

/**
 * The one slug rule, shared by the importer and every collection's `slugField`, so a title makes
 * the same slug in the admin as in an import. Lowercase; Latin diacritics folded to ASCII
 * ("Întâlnire" → "intalnire"); letters of other scripts kept as they are ("中文" → "中文"), since
 * dropping them would leave an empty slug; apostrophes dropped ("don't" → "dont"); every other run
 * of punctuation and spaces becomes one hyphen. Long slugs are cut at a word boundary. Applying
 * it to its own output changes nothing, which Payload relies on (it re-slugifies given slugs).
 */
export const slugify = (input: string, maxLength = 80): string => {
  const folded = input
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '$1')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLD[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
  const letters = [...folded]
  if (letters.length <= maxLength) return folded
  const head = letters.slice(0, maxLength + 1).join('')
  const boundary = head.lastIndexOf('-')
  const cut = boundary > 0 ? head.slice(0, boundary) : letters.slice(0, maxLength).join('')
  return cut.replace(/-+$/, '')
}

/** `slugify` as `slugField({ slugify })` calls it; undefined leaves the field to its validation. */
export const slugifyField: Slugify = ({ valueToSlugify }) =>
  typeof valueToSlugify === 'string' ? slugify(valueToSlugify) || undefined : undefined
