/**
 * Property tests of the remark preset over generated markdown: never throws, the text of the
 * document is unchanged, running twice equals running once, and remark-stringify writes the
 * same markdown as without treatymark.
 */
import fc from 'fast-check'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark } from '../src/remark/index.js'
import { remarkTreatymarkSyntax as treatymarkSyntax } from '../src/remark/syntax.js'

const phrases = [
  'Article 5(1) of the APMBT',
  'Article 5 of the Convention',
  'the Ottawa Convention',
  'Article VI of the NPT',
  'Protocol V',
  'the CCW',
  'Article 2(3)(b) of the Arms Trade Treaty',
  'CCW/GGE/2008-V/WP.1',
  'A/RES/63/71',
  'Austria',
  'Belgium',
  'Benin',
  'the UK',
  'Côte d’Ivoire',
  'Bosnia and Herzegovina',
  'Norway, Peru and Chile',
  'France, China, Russia and the United States',
  "Photo: 'Blue hour' by night_owl on Flickr",
  'Image by J. Doe (CC BY 2.0)',
  'the Convention',
  'States Parties',
]
const words = ['and', 'the', 'of', 'in', 'meeting', 'report', 'Geneva', 'said', 'a', 'to']
const punctuation = [
  ' ',
  ', ',
  '. ',
  '; ',
  ' — ',
  ' (',
  ') ',
  '\n',
  ' *',
  '* ',
  ' _',
  '_ ',
  '**',
  '`',
  '[',
  ']',
  '<',
  '&',
  '\\',
  '#',
  ':',
  '"',
  "'",
  '!',
]
const inline = [
  '`Article 5 of the APMBT`',
  '[Austria](https://example.org/at)',
  '[Article 1 of the NPT][npt]',
  '![a map](map.png)',
  '<b>Austria</b>',
  ':cite[Article 5]{treaty=apmbt}',
  ':cite[Article 9]{treaty=nope}',
  ':state[the Vatican]{iso3=VAT}',
  ':state[Nowhere]{iso3=XXX}',
  '*Article 5* of the *Convention*',
  '**the Mine Ban Treaty**',
]
const blocks = [
  '\n\n',
  '\n\n# ',
  '\n\n- ',
  '\n\n> ',
  '\n\n1. ',
  '\n\n```\nArticle 5 of the APMBT and Austria\n```\n\n',
  '\n\n::states[Peru, Austria, Benin]{sort=alpha count}\n\n',
  '\n\n![field](https://example.org/f.jpg)\n\n',
  '\n\n:::credit{title="T" creator="C" license="CC BY 2.0"}\n![x](x.png)\n:::\n\n',
  '\n\n[npt]: https://example.org/npt\n\n',
  '\n\n    indented code with Austria\n\n',
]

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...phrases) },
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 5, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...inline) },
  { weight: 1, arbitrary: fc.constantFrom(...blocks) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)
const documentArbitrary = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 60 }))
  .map(([front, parts]) => (front ? '---\ntreaty: ccm\n---\n\n' : '') + parts.join(''))

const parser = unified().use(remarkParse).use(treatymarkSyntax).use(remarkFrontmatter)
const once = unified().use(remarkParse).use(remarkTreatymark, { instrumentsCited: true })
const twice = unified()
  .use(remarkParse)
  .use(remarkTreatymark, { instrumentsCited: true })
  .use(remarkTreatymark, { instrumentsCited: true })

function html(tree: Root): string {
  const hast = unified().use(remarkRehype).runSync(tree)
  return unified().use(rehypeStringify).stringify(hast)
}

const runs = Number(process.env.FC_RUNS ?? 300)

describe('remark preset properties', () => {
  it('never throws, keeps the text, is idempotent', () => {
    fc.assert(
      fc.property(documentArbitrary, (markdown) => {
        const before = toString(parser.parse(markdown))
        const tree1 = once.runSync(once.parse(markdown), markdown) as Root
        expect(toString(tree1)).toBe(before)
        const tree2 = twice.runSync(twice.parse(markdown), markdown) as Root
        expect(toString(tree2)).toBe(before)
        expect(html(tree2)).toBe(html(tree1))
      }),
      { numRuns: runs },
    )
  })

  it('leaves the markdown unchanged when stringified', () => {
    const plain = unified()
      .use(remarkParse)
      .use(treatymarkSyntax)
      .use(remarkFrontmatter)
      .use(remarkStringify)
    const withTreatymark = unified().use(remarkParse).use(remarkTreatymark).use(remarkStringify)
    fc.assert(
      fc.property(documentArbitrary, (markdown) => {
        expect(String(withTreatymark.processSync(markdown))).toBe(
          String(plain.processSync(markdown)),
        )
      }),
      { numRuns: runs },
    )
  })

  it('full pipeline on arbitrary strings never throws', () => {
    const pipeline = unified()
      .use(remarkParse)
      .use(remarkTreatymark)
      .use(remarkRehype)
      .use(rehypeStringify)
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (markdown) => {
        expect(typeof String(pipeline.processSync(markdown))).toBe('string')
      }),
      { numRuns: runs },
    )
  })
})
