/**
 * The plugins never throw: bad option values, a `buildUrl` that is not a function or throws,
 * and markdown nested deeper than the stack allows become vfile messages.
 */
import fc from 'fast-check'
import type { Blockquote, Paragraph, Root } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark, type RemarkTreatymarkOptions } from '../src/remark/index.js'

const markdown = 'Article 5 of the CCM, and Austria, Peru and Chile (see CCW/GGE/2008-V/WP.1).\n'

function run(options: unknown, input = markdown) {
  return unified()
    .use(remarkParse)
    .use(remarkTreatymark, options as RemarkTreatymarkOptions)
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(input)
}

const defaultHtml = String(run({}))

describe('remark preset never throws', () => {
  it.each([['a string'], [42], [{}], [[() => 'x']], [true]])(
    'buildUrl %j (not a function): default links and a warning',
    (buildUrl) => {
      const file = run({ buildUrl })
      expect(String(file)).toBe(defaultHtml)
      const message = file.messages.find((m) => m.ruleId === 'invalid-option')
      expect(message?.reason).toMatch(/`buildUrl` must be a function/)
      expect(message?.fatal).toBe(false)
    },
  )

  it('a buildUrl that throws: default links and one error message', () => {
    const file = run({
      buildUrl: () => {
        throw new Error('no network')
      },
    })
    expect(String(file)).toBe(defaultHtml)
    const messages = file.messages.filter((m) => m.ruleId === 'build-url-error')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.reason).toMatch(/`buildUrl` threw for “.+”: no network/)
    expect(messages[0]!.fatal).toBe(true) // build-url-error is an error (docs/diagnostics.md)
    expect(messages[0]!.source).toBe('treatymark')
  })

  it('a buildUrl that returns a number keeps the default link', () => {
    const file = run({ buildUrl: () => 7 })
    expect(String(file)).toBe(defaultHtml)
    expect(file.messages.some((m) => /returned number/.test(m.reason))).toBe(true)
  })

  it('instrumentsCited depth outside 1-6 falls back to 2', () => {
    const file = run({ instrumentsCited: { depth: 'x', heading: 3 } })
    expect(String(file)).toContain('<h2>Instruments cited</h2>')
    expect(String(file)).not.toContain('NaN')
    expect(file.messages.filter((m) => m.ruleId === 'invalid-option')).toHaveLength(2)
  })

  it('markdown nested deeper than the stack allows: an internal-error message', () => {
    let inner: Paragraph | Blockquote = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'Article 5 of the CCM and Austria' }],
    }
    for (let i = 0; i < 200_000; i++) inner = { type: 'blockquote', children: [inner] }
    const tree: Root = {
      type: 'root',
      children: [inner],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1 } },
    }
    const file = new VFile('')
    expect(() => unified().use(remarkTreatymark).runSync(tree, file)).not.toThrow()
    const message = file.messages.find((m) => m.ruleId === 'internal-error')
    expect(message?.reason).toMatch(/could not process this document/)
    expect(message?.fatal).toBe(true)
  })

  it('any value for any option: no throw', () => {
    const value = fc.oneof(
      fc.anything(),
      fc.constant(() => {
        throw new Error('x')
      }),
      fc.func(fc.anything()),
    )
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        {
          instrument: value,
          demonyms: value,
          buildUrl: value,
          citations: value,
          documents: value,
          states: value,
          stateLists: value,
          credits: value,
          classPrefix: value,
          cards: value,
          directives: value,
          frontmatter: value,
          syntax: value,
          figures: value,
          instrumentsCited: fc.oneof(
            value,
            fc.record({ heading: value, depth: value }, { requiredKeys: [] }),
          ),
          diagnostics: value,
          rewrite: value,
        },
        { requiredKeys: [] },
      ),
    )
    fc.assert(
      fc.property(options, (given) => {
        const file = run(given, `---\ntreaty: ccm\n---\n\n${markdown}\n:cite[Article 4]\n`)
        expect(typeof String(file)).toBe('string')
        expect(file.messages.some((m) => m.ruleId === 'internal-error')).toBe(false)
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    )
  })
})

describe("report: 'console'", () => {
  it('prints the messages on stderr', () => {
    const lines: string[] = []
    const original = console.warn
    console.warn = (line: string) => void lines.push(line)
    try {
      const file = unified()
        .use(remarkParse)
        .use(remarkTreatymark, { report: 'console' })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(
          new VFile({ path: 'post.md', value: 'Hi.\n\n:cite[Article 99]{treaty=ccm}\n' }),
        )
      expect(file.messages).toHaveLength(1)
    } finally {
      console.warn = original
    }
    // The severity of each rule is decided in docs/diagnostics.md; only the shape is held here.
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^post\.md:3:1 {2}(?:error|warning|info) {2}ccm has no Article 99 {2}treatymark:article-out-of-range$/,
    )
  })
})
