/**
 * Diagnostics about citations: articles beyond an instrument's last, pinpoints with no instrument.
 */
import type { Diagnostic } from '../../models/extraction.js'
import type { InstrumentId } from '../../models/instrument.js'
import { getInstrument, lastArticle } from '../../registry/instruments.js'
import { type Item } from './pinpoints.js'

/** A short name for messages: the abbreviation, else the first short title. */
function instrumentName(id: InstrumentId): string {
  const entry = getInstrument(id)
  return entry?.abbreviations[0] ?? entry?.shortTitles[0] ?? id
}

export function checkArticle(diagnostics: Diagnostic[], item: Item, id: InstrumentId): void {
  const last = lastArticle(id)
  if (!last) return
  const n = Number.parseInt(item.article, 10)
  const max = Number.parseInt(last.number, 10)
  if (Number.isFinite(n) && Number.isFinite(max) && n > max) {
    diagnostics.push({
      start: item.start,
      end: item.end,
      ruleId: 'article-out-of-range',
      message: `Article ${item.article} does not exist: the ${instrumentName(id)} ends with Article ${last.number}`,
      severity: 'error',
    })
  }
}

/** A pinpoint that names no instrument, with none to resolve it to (`unresolved-article`). */
export function reportUnresolved(
  diagnostics: Diagnostic[],
  text: string,
  clause: { readonly start: number; readonly end: number },
): void {
  diagnostics.push({
    start: clause.start,
    end: clause.end,
    ruleId: 'unresolved-article',
    message: `No instrument for "${text.slice(clause.start, clause.end)}": name one, or set a default instrument`,
    severity: 'info',
  })
}
