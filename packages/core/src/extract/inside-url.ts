/** Whether a character ends a web address or a file name: space, line break, < > " ' ( ) [ ]. */
function boundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return (
    code <= 0x20 ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d ||
    (code > 0x7f && /\s/.test(text[i] as string))
  )
}

/**
 * Whether `start` is inside a web address ("https://example.org/Mexico-statement",
 * "www.example.org/UK", "…/files/ACA_CTBT_Report.pdf") or inside a link's file name whose words
 * are joined with "+" and that ends in a file extension or holds an escape such as "%E2%80%99"
 * ("Meeting+Report+of+the+CCM.pdf"): nothing there is a mention. Looks at most 300 characters
 * back and 300 on, to the last space, line break or one of < > " ' ( ) [ ], which neither holds.
 */
export function insideUrl(text: string, start: number): boolean {
  let i = start
  const stop = Math.max(0, start - 300)
  while (i > stop && !boundary(text, i - 1)) i--
  const token = text.slice(i, start)
  if (token.includes('://') || token.startsWith('www.')) return true
  // Mentions of one run share its answer: a run of many names is read once.
  if (text === runText && start >= runStart && start < runEnd) return runJoined
  let end = start
  const last = Math.min(text.length, start + 300)
  while (end < last && !boundary(text, end)) end++
  const run = text.slice(i, end)
  runText = text
  runStart = i
  runEnd = end
  runJoined = /[^\W_]\+[^\W_]/.test(run) && /\.[A-Za-z\d]{2,4}[.,;:]?$|%[\dA-Fa-f]{2}/.test(run)
  return runJoined
}

/** The last run read: its text, bounds and whether it is a "+"-joined file name. */
let runText = ''
let runStart = 0
let runEnd = 0
let runJoined = false
