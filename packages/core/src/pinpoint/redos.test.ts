import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { symbolInBrackets } from '../extract/citations/extract.js'
import { codeTail } from '../extract/citations/names.js'
import {
  documentCandidatePattern,
  gluedSeries,
  gluedWordAfter,
  resolutionPattern,
} from '../extract/documents.js'
import { otherTypedNumberShape } from '../symbols/parse.js'
import * as pattern from './pattern.js'

/*
 * ReDoS checks. recheck proves the building blocks and the document scanner safe; the whole
 * pinpoint pattern is too large for it to decide in time, so it is also run on recheck's attack
 * strings and other adversarial inputs, which must stay fast at 200k characters.
 */

const checkable: Array<[string, string, string]> = [
  ['romanSource', pattern.romanSource, 'g'],
  ['articleNumberSource', pattern.articleNumberSource, 'g'],
  ['levelSource', pattern.levelSource, 'g'],
  ['levelTailSource', pattern.levelTailSource, 'g'],
  ['listSeparatorSource', pattern.listSeparatorSource, 'g'],
  ['articleWordSource', pattern.articleWordSource, 'g'],
  ['articlesWordSource', pattern.articlesWordSource, 'g'],
  ['paragraphWordSource', pattern.paragraphWordSource, 'g'],
  ['subparagraphWordSource', pattern.subparagraphWordSource, 'g'],
  ['documentCandidatePattern', documentCandidatePattern.source, documentCandidatePattern.flags],
  ['resolutionPattern', resolutionPattern.source, resolutionPattern.flags],
  ['gluedSeries', gluedSeries.source, gluedSeries.flags],
  ['gluedWordAfter', gluedWordAfter.source, gluedWordAfter.flags],
  ['codeTail', codeTail.source, codeTail.flags],
  ['symbolInBrackets', symbolInBrackets.source, symbolInBrackets.flags],
  ['otherTypedNumberShape', otherTypedNumberShape.source, otherTypedNumberShape.flags],
]

describe('ReDoS', () => {
  it.each(checkable)(
    'recheck finds %s safe',
    (_name, source, flags) => {
      // No time limits, only recheck's step limits, so the answer depends on the pattern, not
      // on the machine's load (the fuzzer's 250 ms incubation and 1 s attack limits made a
      // loaded machine's slow run look like a vulnerable pattern).
      const result = checkSync(source, flags, {
        timeout: null,
        incubationTimeout: null,
        attackTimeout: null,
        seedingTimeout: null,
      })
      expect(result.status).toBe('safe')
    },
    60_000,
  )

  const size = 200_000
  const pump = (prefix: string, unit: string, suffix: string): string =>
    prefix + unit.repeat(Math.ceil(size / unit.length)) + suffix
  // Each input with what the pinpoint pattern and the document scanner match in it, as
  // "matches/total length": bounded repeats stop a list early instead of backtracking over it.
  const adversarial: Array<[string, string, string]> = [
    [pump('IXIIV', 'XIX', 'VX,,or'), '0/0', '0/0'],
    [pump('Article ', 'XIX', 'VX,,or'), '0/0', '0/0'],
    [pump('Articles 1', ', 1', ' and'), '1/70', '0/0'],
    [pump('Articles 1', ' and 1', ' of'), '1/130', '0/0'],
    [pump('Article 5', '(1)', '('), '1/21', '0/0'],
    [pump('Article 5(1)', ' and (2)', ' and'), '1/60', '0/0'],
    [pump('paragraph 1', ', 1', ' of Article'), '0/0', '0/0'],
    [pump('subparagraph (a) of paragraph 1', ' and 1', ' of Article x'), '0/0', '0/0'],
    [pump('', 'Art. ', ''), '0/0', '0/0'],
    [pump('', 'Article Article ', ''), '0/0', '0/0'],
    [pump('', 'paragraphs ', ''), '0/0', '0/0'],
    [pump('', 'A/', ''), '0/0', '1/33'], // a candidate has at most 16 slashes
    [pump('CCW', '/GGE.1-V', '/'), '0/0', '1/131'],
    [pump('', 'a.b-', ''), '0/0', '0/0'],
  ]
  const matches = (input: string, re: RegExp): string => {
    let count = 0
    let length = 0
    for (const match of input.matchAll(re)) {
      count++
      length += match[0].length
    }
    return `${count}/${length}`
  }
  it.each(adversarial.map(([input, pinpoints, documents], i) => [i, input, pinpoints, documents]))(
    'adversarial input %i gives the expected matches (its speed: npm run bench)',
    (_i, input, pinpoints, documents) => {
      expect(matches(input, pattern.createPinpointRegExp())).toBe(pinpoints)
      expect(matches(input, new RegExp(documentCandidatePattern))).toBe(documents)
    },
  )
})
