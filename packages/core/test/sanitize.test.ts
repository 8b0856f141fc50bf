/**
 * `treatymarkSanitizeSchema(defaultSchema)`: rehype-sanitize keeps treatymark's markup byte for
 * byte on every remark fixture, and still removes what it should from hostile input.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark, type RemarkTreatymarkOptions } from '../src/remark/index.js'
import { treatymarkSanitizeSchema } from '../src/sanitize.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const cases = fs
  .readdirSync(fixtures)
  .filter((name) => fs.existsSync(path.join(fixtures, name, 'input.md')))
  .sort()

const schema = treatymarkSanitizeSchema(defaultSchema)

function html(
  markdown: string,
  options: RemarkTreatymarkOptions,
  sanitize: typeof schema | false,
): string {
  const processor = unified().use(remarkParse).use(remarkTreatymark, options).use(remarkRehype)
  if (sanitize) processor.use(rehypeSanitize, sanitize)
  return String(processor.use(rehypeStringify).processSync(markdown))
}

function clean(input: string, withSchema = schema): string {
  const tree = fromHtml(input, { fragment: true })
  const out = unified().use(rehypeSanitize, withSchema).runSync(tree) as Root
  return toHtml(out)
}

describe('treatymarkSanitizeSchema', () => {
  it.each(cases)('fixture %s: sanitized output is byte-identical', (name) => {
    const input = fs.readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')
    const optionsFile = path.join(fixtures, name, 'options.json')
    const options = fs.existsSync(optionsFile)
      ? (JSON.parse(fs.readFileSync(optionsFile, 'utf8')) as RemarkTreatymarkOptions)
      : {}
    let expected = html(input, options, false)
    // The author's own image in an invalid `:::credit` (left as it was, not treatymark's markup)
    // has a script URL: that is what sanitizing is for.
    if (name === 'malicious') expected = expected.replace(' src="javascript:alert(1)"', '')
    const sanitized = treatymarkSanitizeSchema(defaultSchema, { classPrefix: options.classPrefix })
    expect(html(input, options, sanitized)).toBe(expected)
  })

  it('the default schema alone strips the markup (why this exists)', () => {
    const markup = html('Article 5 of the CCM binds Austria.\n', {}, false)
    expect(clean(markup, defaultSchema)).not.toContain('tm-cite')
    expect(clean(markup)).toBe(markup)
  })

  it.each([
    // Classes and attributes treatymark does not write are still removed.
    [
      '<a class="tm-cite evil" href="https://x.org" onclick="alert(1)">A</a>',
      '<a class="tm-cite" href="https://x.org">A</a>',
    ],
    [
      '<span class="tm-state" data-iso3="AUT" data-evil="1" style="color:red">A</span>',
      '<span class="tm-state" data-iso3="AUT">A</span>',
    ],
    ['<a class="tm-cite" href="javascript:alert(1)">A</a>', '<a class="tm-cite">A</a>'],
    [
      '<a class="tm-credit-license" rel="license nofollow" href="https://x.org">L</a>',
      '<a class="tm-credit-license" rel="license" href="https://x.org">L</a>',
    ],
    [
      '<figure class="tm-figure" onmouseover="x()"><img src="javascript:x" alt="a"><figcaption class="tm-credit">C</figcaption></figure>',
      '<figure class="tm-figure"><img alt="a"><figcaption class="tm-credit">C</figcaption></figure>',
    ],
    [
      '<p class="tm-credit other">C</p><div class="tm-cite">D</div>',
      '<p class="tm-credit">C</p><div>D</div>',
    ],
    ['<script>alert(1)</script><svg><a href="javascript:x">s</a></svg>', '<a>s</a>'],
    [
      '<section class="tm-instruments-cited" id="x"><h2>I</h2></section>',
      '<section class="tm-instruments-cited" id="user-content-x"><h2>I</h2></section>',
    ],
  ])('hostile %s', (input, expected) => {
    expect(clean(input)).toBe(expected)
  })

  it('keeps the schema’s own allowances and follows classPrefix', () => {
    const extended = treatymarkSanitizeSchema(defaultSchema, { classPrefix: 'x-' })
    expect(clean('<a class="data-footnote-backref x-cite tm-cite" href="#a">a</a>', extended)).toBe(
      '<a class="data-footnote-backref x-cite" href="#a">a</a>',
    )
    // The input schema is not changed.
    expect(defaultSchema.tagNames).not.toContain('figure')
  })
})
