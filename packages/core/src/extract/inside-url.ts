/**
 * Whether `start` is inside a web address ("https://example.org/Mexico-statement",
 * "www.example.org/UK", "…/files/ACA_CTBT_Report.pdf"): nothing there is a mention. Looks back at
 * most 300 characters, to the last space, line break or one of < > " ' ( ) [ ], which a web
 * address never holds.
 */
export function insideUrl(text: string, start: number): boolean {
  let i = start
  const stop = Math.max(0, start - 300)
  while (i > stop) {
    const code = text.charCodeAt(i - 1)
    if (
      code <= 0x20 ||
      code === 0x3c ||
      code === 0x3e ||
      code === 0x22 ||
      code === 0x27 ||
      code === 0x28 ||
      code === 0x29 ||
      code === 0x5b ||
      code === 0x5d ||
      (code > 0x7f && /\s/.test(text[i - 1] as string))
    ) {
      break
    }
    i--
  }
  if (i === start) return false
  const token = text.slice(i, start)
  return token.includes('://') || token.startsWith('www.')
}
