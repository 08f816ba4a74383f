/** Letters that Unicode decomposition does not reduce to ASCII. */
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

/**
 * A lowercase ASCII slug: diacritics stripped, apostrophes dropped ("don't" → "dont"), every
 * other run of punctuation (dashes, "–", spaces) becomes one hyphen. Long slugs are cut at a word
 * boundary so URLs stay readable.
 */
export const slugify = (input: string, maxLength = 80): string => {
  const folded = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLD[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= maxLength) return folded
  const head = folded.slice(0, maxLength + 1)
  const boundary = head.lastIndexOf('-')
  return (boundary > 0 ? head.slice(0, boundary) : folded.slice(0, maxLength)).replace(/-+$/, '')
}
