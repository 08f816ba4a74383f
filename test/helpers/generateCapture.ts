const PRODUCTS = ['Virtuozzo', 'OpenVZ', 'Xen', 'VMware', 'Virtual Iron', 'Windows Vista']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const header = (date: Date): string =>
  `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`

/**
 * A page capture in the Blogger format with `count` posts, newest first, two posts a day, each
 * mentioning a product. Used by tests that need volume and by the benchmarks. `first` skips that
 * many posts (numbers and days), so a second capture holds posts the first one does not.
 */
export const generateCapture = (count: number, seed = 1, first = 0): string => {
  const lines: string[] = []
  const start = Date.UTC(2006, 8, 22)
  for (let i = first; i < first + count; i++) {
    const day = new Date(start - Math.floor(i / 2) * 86_400_000)
    if (i % 2 === 0) lines.push(header(day), '')
    const product = PRODUCTS[(i + seed) % PRODUCTS.length]
    lines.push(
      `Generated post number ${i + 1} about ${product}`,
      '',
      `This is the body of post ${i + 1}. It says that ${product} matters for servers in many ways.`,
      '',
      `A second paragraph keeps the post realistic, with a link to http://example.com/${i + 1}.`,
      '',
    )
  }
  lines.push('Subscribe to: Posts (Atom)')
  return lines.join('\n')
}
