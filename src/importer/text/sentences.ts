/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    'approx co corp dept dr e.g eg etc fig i.e ie inc jr ltd mr mrs ms no prof sr st u.k u.s vs',
    'ver vol jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri',
    'sat sun',
  ]
    .join(' ')
    .split(' '),
)

// Matches start only where a run of punctuation starts: without the lookbehind, a long run of
// dots with no space after it is retried from every position in it (quadratic).
const TERMINATOR = /(?<![.!?…])[.!?…]+["”’)\]]*(?=\s)/g

const endsWithAbbreviation = (before: string): boolean => {
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(before)?.[1]
  if (!word) return false
  // A single capital is an initial ("J. Smith"), not the end of a sentence.
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)
}

/**
 * Splits one paragraph into sentences: a break needs terminal punctuation, whitespace, then a
 * capital, digit or opening quote, and must not follow a known abbreviation or an initial.
 */
export const splitSentences = (paragraph: string): string[] => {
  const sentences: string[] = []
  let start = 0
  for (const match of paragraph.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length
    const rest = paragraph.slice(end, end + 8).trimStart()
    if (!/^["“‘(]?[A-Z0-9]/.test(rest)) continue
    if (match[0].startsWith('.') && match[0].length === 1) {
      // The last word is all an abbreviation check needs; a long sentence must not be rescanned.
      if (endsWithAbbreviation(paragraph.slice(Math.max(start, end - 40), end))) continue
    }
    sentences.push(paragraph.slice(start, end).trim())
    start = end
  }
  const last = paragraph.slice(start).trim()
  if (last) sentences.push(last)
  return sentences
}

/** Paragraphs of a plain-text body (blank-line separated), each with its index. */
export const splitParagraphs = (text: string): string[] =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
