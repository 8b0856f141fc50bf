/**
 * The public contract of `@treatymark/core`: the exact list of public values, a doc for each,
 * deep-frozen registries, and one severity per rule shared by extract(), the plugins and the docs.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { rules } from '../src/data/rules.js'
import * as api from '../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const docs = fs
  .readdirSync(path.join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => fs.readFileSync(path.join(root, 'docs', name), 'utf8'))
  .join('\n')

const publicValues = [
  'articleOf',
  'documentUrl',
  'extract',
  'findInstrument',
  'findState',
  'formatCitation',
  'formatCredit',
  'formatPinpoint',
  'formatStateList',
  'formatStateListToParts',
  'getInstrument',
  'getLicense',
  'getState',
  'groups',
  'hastToHtml',
  'instruments',
  'instrumentsCited',
  'licenses',
  'markupHast',
  'parseDocumentSymbol',
  'parseLicense',
  'parsePinpoint',
  'renderCitation',
  'renderCredit',
  'renderHtml',
  'renderStateList',
  'renderText',
  'safeHttpUrl',
  'safeImageSrc',
  'states',
  'statesInGroup',
]

describe('public API', () => {
  it('exports exactly the 31 documented values', () => {
    expect(Object.keys(api).sort()).toEqual(publicValues)
  })

  it.each(publicValues)('%s is documented with an example in docs/', (name) => {
    // Named in a code example (a call, an import or a property access), not only in prose.
    const inCode = new RegExp(`\`\`\`(?:js|ts)\\n[^\`]*\\b${name}\\b`).test(docs)
    expect(inCode).toBe(true)
  })
})

describe('registries are deep-frozen', () => {
  it('a caller cannot silence article-out-of-range', () => {
    const apmbt = api.getInstrument('apmbt')!
    expect(() => (apmbt.articles as unknown as unknown[]).splice(0)).toThrow(TypeError)
    expect(() => {
      ;(apmbt as { title: string }).title = 'x'
    }).toThrow(TypeError)
    const { diagnostics } = api.extract('Article 99 of the APMBT.')
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['article-out-of-range'])
  })

  it('states, groups, instruments and licences cannot be changed', () => {
    for (const registry of [api.states, api.groups, api.instruments, api.licenses]) {
      expect(Object.isFrozen(registry)).toBe(true)
      expect(Object.isFrozen(registry[0])).toBe(true)
    }
    expect(() => (api.getState('AUT')!.aliases as string[]).push('Ostmark')).toThrow(TypeError)
  })
})

describe('one severity per rule', () => {
  it('docs/diagnostics.md lists every rule with the severity of the table', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/diagnostics.md'), 'utf8')
    const rows = [
      ...doc.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \| (extract|remark) \|/gm),
    ]
    const documented = Object.fromEntries(
      rows.map((row) => [row[1], { severity: row[2], reporter: row[3] }]),
    )
    expect(documented).toEqual(rules)
  })

  it('extract() reports the severity of the table', () => {
    const text = [
      'Article 30 of the CCM and Article 2 of the Foo Treaty.',
      'Article 5 of the Convention applies.',
      'The following four States: Chile, Peru and Ecuador.',
      'Photo: field team',
      'See A/RES/63/71 (2008).',
    ].join('\n\n')
    const { diagnostics } = api.extract(text)
    const seen = new Set(diagnostics.map((d) => d.ruleId))
    expect(seen.size).toBeGreaterThanOrEqual(3)
    for (const d of diagnostics) expect(d.severity, d.ruleId).toBe(rules[d.ruleId].severity)
    const unknownDefault = api.extract('x', { instrument: 'nope' as never }).diagnostics[0]!
    expect(unknownDefault.severity).toBe(rules['unknown-instrument'].severity)
  })
})
