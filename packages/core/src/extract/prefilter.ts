/**
 * The literal pre-filter (the eyecite idea): before an extractor runs its patterns over a text,
 * a cheap literal scan checks that the text can hold one of its entities at all. Each extractor
 * exports `literals`: a RegExp of what every match must contain, or strings that every match
 * contains one of. `indexOf` and a simple RegExp test run at hundreds of MB/s, far faster than the
 * extractors' own patterns, so texts without a "/" never meet the document-symbol grammar and
 * texts without "photo", "credit", ... never meet the credit grammar.
 */

/** What an extractor's matches must contain. */
export type Literals = RegExp | string | readonly string[]

/** Whether `text` contains the extractor's literals (true when there is nothing to check). */
export function mayContain(text: string, literals: Literals | undefined | null): boolean {
  if (literals === undefined || literals === null) return true
  if (typeof literals === 'string') return literals === '' || text.includes(literals)
  if (literals instanceof RegExp) {
    // A g or y pattern keeps state in lastIndex: start from 0 and leave it as found.
    const saved = literals.lastIndex
    literals.lastIndex = 0
    const found = literals.test(text)
    literals.lastIndex = saved
    return found
  }
  if (Array.isArray(literals)) {
    if (literals.length === 0) return true
    for (const literal of literals) {
      if (typeof literal !== 'string' || literal === '' || text.includes(literal)) return true
    }
    return false
  }
  return true
}
