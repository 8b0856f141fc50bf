import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { documentCandidatePattern } from '../extract/documents.js'
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
]

describe('ReDoS', () => {
  it.each(checkable)(
    'recheck finds %s safe',
    (_name, source, flags) => {
      const result = checkSync(source, flags, { timeout: 20_000 })
      expect(result.status).toBe('safe')
    },
    60_000,
  )

  const size = 200_000
  const pump = (prefix: string, unit: string, suffix: string): string =>
    prefix + unit.repeat(Math.ceil(size / unit.length)) + suffix
  const adversarial = [
    pump('IXIIV', 'XIX', 'VX,,or'),
    pump('Article ', 'XIX', 'VX,,or'),
    pump('Articles 1', ', 1', ' and'),
    pump('Articles 1', ' and 1', ' of'),
    pump('Article 5', '(1)', '('),
    pump('Article 5(1)', ' and (2)', ' and'),
    pump('paragraph 1', ', 1', ' of Article'),
    pump('subparagraph (a) of paragraph 1', ' and 1', ' of Article x'),
    pump('', 'Art. ', ''),
    pump('', 'Article Article ', ''),
    pump('', 'paragraphs ', ''),
    pump('', 'A/', ''),
    pump('CCW', '/GGE.1-V', '/'),
    pump('', 'a.b-', ''),
  ]
  it.each(adversarial.map((input, i) => [i, input] as const))(
    'matches sane spans on adversarial input %i (speed: npm run bench)',
    (_i, input) => {
      for (const re of [pattern.createPinpointRegExp(), new RegExp(documentCandidatePattern)]) {
        for (const match of input.matchAll(re)) {
          expect(match.index + match[0].length).toBeLessThanOrEqual(input.length)
        }
      }
    },
  )
})
