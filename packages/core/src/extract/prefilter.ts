/**
 * The literal pre-filter (the eyecite idea): cheap literal scans decide where the expensive
 * patterns run.
 *
 * - Whole texts (`mayContain`): each extractor exports `literals`, a RegExp of what every match
 *   must contain, or strings that every match contains one of; texts without a "/" never meet
 *   the document-symbol grammar.
 * - Inside texts, which is what counts on real prose (every post has a capital and a comma):
 *   states and citations find their candidate starts with one regex search each (capitals;
 *   the first words of instrument names, "art", "para") and single characters with `indexOf`
 *   (see `states.ts`, `citations.ts`); credits run their label patterns only in the windows
 *   `LiteralWindows` finds, where a label word is in reach. Property tests
 *   (test/property.test.ts) compare each with a scan of every position.
 *
 * Literal searches are written without the "i" flag (letters as "[pP]"): it is more than twice as
 * slow on texts beyond Latin-1, which a curly quote is enough to make.
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

/**
 * The first match at or after a position, for positions that never decrease (linear overall).
 * A string is searched with `indexOf` (far faster than a regex); a global regex with `exec`.
 */
export class NextMatch {
  private at = -2

  constructor(
    private readonly pattern: RegExp | string,
    private readonly text: string,
  ) {}

  /** Index of the first match at or after `from`; -1 when none. */
  from(from: number): number {
    if (this.at === -1 || this.at >= from) return this.at
    if (typeof this.pattern === 'string') {
      this.at = this.text.indexOf(this.pattern, from)
    } else {
      this.pattern.lastIndex = from
      this.at = this.pattern.exec(this.text)?.index ?? -1
    }
    return this.at
  }
}

/**
 * Literal windows inside one text (the eyecite pre-filter, applied to places rather than to whole
 * texts). For an extractor whose matches open with a run of ordinary characters followed by one
 * of its literals ("Header image:", "ICRC photo by", "Credit:"), a match can start at `x` only
 * when a literal occurs at or after `x` with no `barrier` character in between. `skipTo` answers
 * that from two regex searches, so the extractor's own patterns run only inside such windows.
 *
 * `literals`: global regexes or plain strings; their matches are where the literals start.
 * `barrier`: a global regex of one character that no match can hold before its literal. Queries
 * must not go back.
 */
export class LiteralWindows {
  private readonly literals: NextMatch[]
  private readonly barriers: NextMatch

  constructor(
    private readonly text: string,
    literals: readonly (RegExp | string)[],
    barrier: RegExp,
    /** Whether a code unit is a barrier (the same set as `barrier`, for backward steps). */
    private readonly isBarrier: (code: number) => boolean,
  ) {
    this.literals = literals.map((pattern) => new NextMatch(pattern, text))
    this.barriers = new NextMatch(barrier, text)
  }

  /** Where the first literal at or after `from` starts; -1 when none. */
  nextLiteral(from: number): number {
    let first = -1
    for (const literal of this.literals) {
      const at = literal.from(from)
      if (at !== -1 && (first === -1 || at < first)) first = at
    }
    return first
  }

  /**
   * -1 when a match may start at `x`. Otherwise the first position after `x` where one may
   * start (every position in between is ruled out), or the text's length when none can.
   */
  skipTo(x: number): number {
    const literal = this.nextLiteral(x)
    if (literal === -1) return this.text.length
    const barrier = this.barriers.from(x)
    if (barrier === -1 || barrier >= literal) return -1
    // Past the last barrier before that literal: nothing before it reaches the literal.
    let last = literal - 1
    while (last > barrier && !this.isBarrier(this.text.charCodeAt(last))) last--
    return last + 1
  }
}
