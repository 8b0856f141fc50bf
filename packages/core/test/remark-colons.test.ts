/**
 * Text with colons is never lost: the preset registers only the directives it handles, so
 * anything else that looks like a directive (`10:30`, `note:this`, `std::vector`, `:smile:`,
 * `::note[x]{a=b}`, a `:::note` block) renders exactly as plain remark renders it. Compared on
 * the rendered HTML, with treatymark's own elements unwrapped.
 */
import fc from 'fast-check'
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark } from '../src/remark/index.js'

/** Words and colon forms people write; none is a treatymark directive name. */
const words = [
  'the meeting at 10:30',
  'a 3:2 ratio',
  'note:this',
  'Chapter:Two',
  'foo:bar',
  'std::vector',
  ':smile:',
  ':+1:',
  'Note:',
  'NB:',
  'www.un.org/disarmament',
  'example.org:8080/path',
  'mailto:someone',
  'urn:isbn:0451450523',
  'Q&A: ',
  'note',
  'Note',
  'smile',
  'vector',
  'x',
  'Article 5 of the CCM',
  'Austria',
  'Peru and Chile',
  'the Convention',
  'said',
  '12',
  '00',
]
const marks = [
  ':',
  '::',
  ':::',
  '::::',
  ' ',
  ' ',
  ', ',
  '. ',
  '\n',
  '\n\n',
  '[',
  ']',
  '{',
  '}',
  '{a=b}',
  '{#id .class key="v"}',
  '[label]',
  '[*emphasised* label]',
  '(',
  ')',
  '*',
  '_',
  '`',
  '=',
  '"',
  '#',
  '> ',
  '- ',
]
const lines = [
  '\n\n:::note\n',
  '\n:::\n',
  '\n\n::leaf[a label]{key=value}\n\n',
  '\n::leaf\n',
  '\n\n:::warning{title="Heads up"}\nInside the block: Article 4 of the CCM.\n:::\n\n',
  '\n\n::::outer\n:::inner\ntext\n:::\n::::\n\n',
  '\n\n- item:one\n- ::two\n\n',
  '\n\n> quote:this\n> :::q\n\n',
  '\n\nTime: 10:30–11:45\n\n',
]

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...words) },
  { weight: 5, arbitrary: fc.constantFrom(...marks) },
  { weight: 1, arbitrary: fc.constantFrom(...lines) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z:]{1,6}$/) },
)
/** Prose with colons; treatymark's own directives (`:cite[`, `:state[`, …) are left out. */
const prose = fc
  .array(piece, { maxLength: 40 })
  .map((parts) => parts.join(''))
  .filter((text) => !/:(?:cite|states?)\[|:::+credit/.test(text))

const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)
const preset = unified()
  .use(remarkParse)
  .use(remarkTreatymark, { cards: false })
  .use(remarkRehype)
  .use(rehypeStringify)

function isTreatymark(node: Element): boolean {
  const classes = node.properties.className
  return Array.isArray(classes) && classes.some((name) => String(name).startsWith('tm-'))
}

/** treatymark's markup removed: its inline wrappers by their content, its attributes dropped. */
function unwrap<T extends HastRoot | Element>(node: T): T {
  const children: (ElementContent | RootContent)[] = []
  for (const child of node.children) {
    if (child.type !== 'element') {
      children.push(child)
      continue
    }
    const inner = unwrap(child)
    if (isTreatymark(child) && (child.tagName === 'a' || child.tagName === 'span')) {
      children.push(...inner.children)
    } else if (isTreatymark(child)) {
      children.push({ ...inner, properties: {} })
    } else children.push(inner)
  }
  // Unwrapping leaves text nodes side by side: join them as the parser would have made them.
  const joined: typeof children = []
  for (const child of children) {
    const last = joined[joined.length - 1]
    if (child.type === 'text' && last?.type === 'text')
      joined[joined.length - 1] = { type: 'text', value: last.value + child.value }
    else joined.push(child)
  }
  return { ...node, children: joined } as T
}

function rendered(processor: typeof preset, markdown: string): string {
  const tree = processor.runSync(processor.parse(markdown), markdown) as HastRoot
  return toHtml(unwrap(tree))
}

const runs = Number(process.env.FC_RUNS ?? 400)

describe('text with colons', () => {
  it('renders as plain remark renders it (treatymark markup aside)', () => {
    fc.assert(
      fc.property(prose, (markdown) => {
        expect(rendered(preset, markdown)).toBe(rendered(bare, markdown))
      }),
      { numRuns: runs },
    )
  })

  it('is written back unchanged by remark-stringify (no `\\:` escapes)', () => {
    const plain = unified().use(remarkParse).use(remarkStringify)
    const withPreset = unified().use(remarkParse).use(remarkTreatymark).use(remarkStringify)
    fc.assert(
      fc.property(prose, (markdown) => {
        expect(String(withPreset.processSync(markdown))).toBe(String(plain.processSync(markdown)))
      }),
      { numRuns: runs },
    )
  })

  it.each([
    ['the meeting at 10:30, a 3:2 ratio, note:this, Chapter:Two, foo:bar', 'p'],
    ['std::vector and :smile: and :+1:', 'p'],
    ['::note[hello]{a=b}', 'p'],
    [':::note\nInside: the text.\n:::', 'p'],
    ['Plain text\n::leaf\nmore text', 'p'],
    [':cite{treaty=ccm} without a label, :state{iso3=AUT} too', 'p'],
    ['::states{sort=alpha}', 'p'],
    ['::cite[a leaf of a text name]', 'p'],
    [':credit[a text of a container name]', 'p'],
  ])('keeps %j', (markdown) => {
    const html = String(preset.processSync(markdown))
    expect(html).toBe(String(bare.processSync(markdown)))
  })

  it('still handles its own directives, and directives: false registers no syntax', () => {
    const markdown = ':cite[Article 4]{treaty=ccm} at 10:30'
    expect(String(preset.processSync(markdown))).toMatch(
      /data-article="4"[^>]*>Article 4<\/a> at 10:30<\/p>$/,
    )
    const off = unified()
      .use(remarkParse)
      .use(remarkTreatymark, { directives: false })
      .use(remarkRehype)
      .use(rehypeStringify)
    expect(String(off.processSync(markdown))).toBe('<p>:cite[Article 4]{treaty=ccm} at 10:30</p>')
  })
})
