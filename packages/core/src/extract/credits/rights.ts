/**
 * The rights statement that closes a credit line: "© 2008 Jane Doe. All rights reserved.",
 * "Photo: Jane Doe. CC BY 2.0." (read as part of the credit before it).
 */
import { findLicenses } from '../../data/licenses.js'
import type { Parsed } from './parsed.js'

/** "All rights reserved.", "CC BY 2.0.", "Used with permission." as a sentence of its own. */
const rightsSentence =
  /(?:all rights reserved|some rights reserved|(?:used|reproduced|republished|reprinted) with (?:kind )?permission|with permission)(?=[.!]?\s*(?:$|\n))/iy

/** "© 2008 Jane Doe. All rights reserved." -- the rights statement that closes a credit line. */
export function extendRights(text: string, parsed: Parsed): Parsed | null {
  if (!/[.!]/.test(text[parsed.rawEnd] ?? '')) return null
  let p = parsed.rawEnd + 1
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++
  if (p >= text.length || text[p] === '\n') return null
  // Look no further than the longest sentence we accept: a search to the end of the line would
  // make one long line (pasted text, PDF extractions) quadratic.
  const reach = Math.min(text.length, p + 121)
  let lineEnd = p
  while (lineEnd < reach && text[lineEnd] !== '\n') lineEnd++
  if (lineEnd - p > 120) return null
  let sentenceEnd = lineEnd
  while (sentenceEnd > p && /[\s.!*_]/.test(text[sentenceEnd - 1] ?? '')) sentenceEnd--
  const sentence = text.slice(p, sentenceEnd)
  rightsSentence.lastIndex = p
  const rights = rightsSentence.exec(text)
  if (rights && p + rights[0].length === p + sentence.length) {
    const fields = { ...parsed.fields }
    if (/^all/i.test(rights[0])) {
      fields.license ??= 'All rights reserved'
    }
    return { ...parsed, rawEnd: p + sentence.length, end: p + sentence.length, fields }
  }
  const [licence] = findLicenses(sentence)
  if (licence && licence.start === 0 && licence.end === sentence.length) {
    const fields = { ...parsed.fields }
    fields.license ??= licence.name
    if (fields.licenseUrl === null) fields.licenseUrl = licence.url
    return { ...parsed, rawEnd: p + sentence.length, end: p + sentence.length, fields }
  }
  return null
}
