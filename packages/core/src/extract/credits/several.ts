/**
 * Several credits on one line joined by "and": "Back cover photographs © HI, March 2019 and Jane
 * Roe/MAG, December 2018" credits two pictures, one of HI and one of Jane Roe for MAG. A line
 * splits only where what stands before " and " is a whole credit closed by a date or an
 * "Agency/Name" pair, and what follows reads as a credit of its own: "Jane Roe and John Doe/ICRC"
 * (two photographers of one picture) stays one credit.
 */
import { type Parsed, parseUntil, plainLabel } from './parsed.js'

/** ", March 2019", ", 2019", ", 3 May 2019" closing the first credit. */
const closingDate =
  /,\s?(?:(?:\d{1,2}\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?:19|20)\d\d$/

/** A joint between two credits: " and ", or ", " between two chains with a bar ("Jane Roe | Example Museum, John Doe | Reuters"). */
const joint = / and |, (?=[^,]* \| )/g

/** The two credits that `parsed` holds, joined by " and ", or null when it holds one. */
export function splitAtAnd(text: string, parsed: Parsed): [Parsed, Parsed] | null {
  const { label } = parsed
  const body = text.slice(label.bodyStart, parsed.end)
  // At most a few joints are tried: a credit body is short (`maxBody`).
  joint.lastIndex = 0
  for (let j = joint.exec(body); j; j = joint.exec(body)) {
    const k = j.index
    const left = body.slice(0, k)
    const right = body.slice(k + j[0].length)
    const bars = j[0] === ', ' && left.includes(' | ')
    if (!bars && !closingDate.test(left) && !(left.includes('/') && right.includes('/'))) continue
    const first = parseUntil(text, label, label.bodyStart + k)
    if (!first || first.end !== label.bodyStart + k) continue
    if (first.fields.creator === null && first.fields.source === null) continue
    const second = parseUntil(
      text,
      plainLabel(label.bodyStart + k + j[0].length, bars ? 'credit' : label.kind),
      parsed.rawEnd,
    )
    if (!second || second.fields.title !== null) continue
    if (second.fields.creator === null && second.fields.source === null) continue
    return [first, second]
  }
  return null
}
