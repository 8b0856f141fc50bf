import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified, type PluggableList } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  remarkDocumentSymbols,
  remarkImageCredits,
  remarkStateLists,
  remarkTreatyCitations,
  remarkTreatymark,
  sourceOffset,
  type RemarkTreatymarkOptions,
} from '../src/remark/index.js'

const sentence =
  'Under Article 5(1) of the APMBT, Austria, Belgium and Benin cite CCW/GGE/2008-V/WP.1.\n'

async function toHtml(markdown: string | VFile, plugins: PluggableList): Promise<VFile> {
  return unified()
    .use(remarkParse)
    .use(plugins)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown)
}

async function preset(markdown: string | VFile, options: RemarkTreatymarkOptions = {}) {
  return toHtml(markdown, [[remarkTreatymark, options]])
}

describe('single plugins', () => {
  it('remarkTreatyCitations marks citations only', async () => {
    const html = String(await toHtml(sentence, [remarkTreatyCitations]))
    expect(html).toContain('class="tm-cite"')
    expect(html).not.toContain('tm-state')
    expect(html).not.toContain('tm-doc')
  })
  it('remarkStateLists marks states and lists only', async () => {
    const html = String(await toHtml(sentence, [remarkStateLists]))
    expect(html).toContain('<span class="tm-state-list" data-count="3">')
    expect(html).not.toContain('tm-cite')
  })
  it('remarkDocumentSymbols marks documents only', async () => {
    const html = String(await toHtml(sentence, [remarkDocumentSymbols]))
    expect(html).toContain('<a class="tm-doc" href="https://docs.un.org/en/CCW/GGE/2008-V/WP.1"')
    expect(html).not.toContain('tm-state')
  })
  it('remarkImageCredits marks credits only', async () => {
    const html = String(
      await toHtml('Austria.\n\nPhoto: Lake by ann_b on Flickr (CC BY 2.0)\n', [
        remarkImageCredits,
      ]),
    )
    expect(html).toContain('<p class="tm-credit"')
    expect(html).not.toContain('tm-state')
  })
  it('plugins combined give the same markup as the preset and merge file.data', async () => {
    const combined = await toHtml(sentence, [
      remarkTreatyCitations,
      remarkDocumentSymbols,
      remarkStateLists,
      remarkImageCredits,
    ])
    const all = await preset(sentence)
    expect(String(combined)).toBe(String(all))
    expect(combined.data.treatymark?.citations).toHaveLength(1)
    expect(combined.data.treatymark?.states).toHaveLength(3)
    expect(combined.data.treatymark?.documents).toHaveLength(1)
  })
})

describe('options', () => {
  it('buildUrl receives entity, kind and default', async () => {
    const seen: string[] = []
    const html = String(
      await preset(sentence, {
        buildUrl(entity, kind, url) {
          seen.push(kind)
          if (kind === 'citation') return false
          if (kind === 'state' && 'iso3' in entity) return `https://example.org/${entity.iso3}`
          return url
        },
      }),
    )
    expect(seen).toEqual(expect.arrayContaining(['citation', 'state', 'document']))
    expect(html).toContain('<span class="tm-cite"')
    expect(html).toContain('<a class="tm-state" href="https://example.org/AUT"')
    expect(html).toContain('href="https://docs.un.org/en/CCW/GGE/2008-V/WP.1"')
  })
  it('buildUrl cannot emit javascript: URLs', async () => {
    const html = String(await preset(sentence, { buildUrl: () => 'javascript:alert(1)' }))
    expect(html).not.toContain('javascript:')
  })
  it('classPrefix and flags', async () => {
    const html = String(
      await preset(sentence, { classPrefix: 'z-', documents: false, cards: false }),
    )
    expect(html).toContain('class="z-cite"')
    expect(html).not.toContain('data-card')
    expect(html).not.toContain('docs.un.org')
  })
  it('instrument option is the default, front matter wins', async () => {
    const text = 'Article 3 of the Convention applies.\n'
    const a = await preset(text, { instrument: 'ccm' })
    expect(a.data.treatymark?.citations[0]?.treaty).toBe('ccm')
    const b = await preset(`---\ntreaty: apmbt\n---\n\n${text}`, { instrument: 'ccm' })
    expect(b.data.treatymark?.citations[0]?.treaty).toBe('apmbt')
  })
  it('reads file.data.matter (vfile-matter) when there is no YAML node', async () => {
    const file = new VFile({
      value: 'Article 3 of the Convention applies.\n',
      data: { matter: { treaty: 'CCM' } },
    })
    const out = await preset(file)
    expect(out.data.treatymark?.citations[0]?.treaty).toBe('ccm')
  })
  it('directives: false leaves directives to others', async () => {
    const html = String(await preset(':cite[Article 5]{treaty=apmbt}\n', { directives: false }))
    expect(html).not.toContain('tm-cite')
  })
  it('syntax: false does not register remark-directive', async () => {
    const html = String(await preset(':cite[Article 5]{treaty=apmbt}\n', { syntax: false }))
    expect(html).toContain(':cite[')
  })
  it('works with remark-directive and remark-frontmatter added by the user', async () => {
    const file = await toHtml('---\ntreaty: ccm\n---\n\n:cite[Article 4]\n', [
      remarkDirective,
      [remarkFrontmatter, ['yaml']],
      [remarkTreatymark, { syntax: false }],
    ])
    expect(String(file)).toContain('data-treaty="ccm" data-article="4"')
  })
  it('figures: false keeps image and credit apart', async () => {
    const md = '![x](https://example.org/x.png)\n\nPhoto: Pier by mo_k on Flickr\n'
    expect(String(await preset(md))).toContain('<figure class="tm-figure">')
    const html = String(await preset(md, { figures: false }))
    expect(html).not.toContain('<figure')
    expect(html).toContain('<p class="tm-credit"')
  })
  it('instrumentsCited lists each instrument once, with a custom heading', async () => {
    const md = 'Article 5(1) of the APMBT, Article 5(1) of the APMBT and Article 2 of the ATT.\n'
    const html = String(await preset(md, { instrumentsCited: { heading: 'Treaties', depth: 3 } }))
    expect(html).toContain('<h3>Treaties</h3>')
    expect(html.match(/<li>/g)).toHaveLength(2)
    expect(html).toContain(': Article 5(1)</li>')
  })
})

describe('data and diagnostics', () => {
  it('file.data.treatymark offsets index file.data.treatymarkText', async () => {
    const file = await preset('# Title\n\nThe *Ottawa Convention* binds Chile.\n')
    const text = file.data.treatymarkText!
    for (const e of [...file.data.treatymark!.citations, ...file.data.treatymark!.states])
      expect(text.slice(e.start, e.end)).toBe(e.text)
  })
  it('directive entities are in file.data with their label offsets', async () => {
    const file = await preset(
      'See :cite[Article 4]{treaty=ccm} and :state[the Vatican]{iso3=VAT}.\n',
    )
    const data = file.data.treatymark!
    expect(data.citations.map((c) => [c.treaty, c.article, c.text])).toEqual([
      ['ccm', '4', 'Article 4'],
    ])
    expect(data.states.map((s) => s.iso3)).toEqual(['VAT'])
    expect(file.data.treatymarkText!.slice(data.states[0]!.start, data.states[0]!.end)).toBe(
      'the Vatican',
    )
  })
  it('messages carry source, ruleId and the position in the markdown', async () => {
    const file = await preset(
      'Intro.\n\nSome text, then Article 9 with no treaty.\n\n:cite[x]{treaty=nope}\n',
    )
    const byRule = new Map(file.messages.map((m) => [m.ruleId, m]))
    // From extract(): mapped from the collected text back to line 3, column 17.
    const unresolved = byRule.get('unresolved-article')!
    expect(unresolved.source).toBe('treatymark')
    expect([unresolved.line, unresolved.column]).toEqual([3, 17])
    const unknown = byRule.get('unknown-instrument')!
    expect(unknown.source).toBe('treatymark')
    expect([unknown.line, unknown.column]).toEqual([5, 1])
    expect(unknown.fatal).toBe(false)
  })
  it('messages are not repeated when the preset runs twice', async () => {
    const md = 'Some text, then Article 9 with no treaty.\n\n:cite[x]{treaty=nope}\n'
    const once = await preset(md)
    const twice = await toHtml(md, [remarkTreatymark, remarkTreatymark])
    expect(twice.messages.length).toBe(once.messages.length)
    expect(String(twice)).toBe(String(once))
    expect(twice.data.treatymark).toEqual(once.data.treatymark)
    expect(twice.data.treatymarkText).toBe(once.data.treatymarkText)
  })
  it('file data survives a second run', async () => {
    const md =
      'Article 5 of the *Ottawa Convention*; Chile, Peru and Ecuador.\n\n![x](x.png)\n\nPhoto: Pier by mo_k on Flickr\n\n:cite[Article 4]{treaty=ccm}\n'
    const once = await preset(md)
    const twice = await toHtml(md, [remarkTreatymark, remarkTreatymark])
    expect(once.data.treatymark!.citations).toHaveLength(2)
    expect(once.data.treatymark!.stateLists).toHaveLength(1)
    expect(twice.data.treatymark).toEqual(once.data.treatymark)
    expect(String(twice)).toBe(String(once))
  })
  it('sourceOffset maps entity offsets back to the markdown source', async () => {
    const md =
      '# The *Ottawa Convention*\n\n> Under Article 5(1) of the APMBT, **Chile**, Peru and Ecuador act.\n'
    const file = await preset(md)
    const data = file.data.treatymark!
    const entities = [...data.citations, ...data.states]
    expect(entities.length).toBeGreaterThanOrEqual(5)
    for (const entity of entities) {
      const at = sourceOffset(file, entity.start)
      expect(at).toBeDefined()
      expect(md.slice(at!, at! + entity.text.length)).toBe(entity.text)
    }
  })
  it('error diagnostics are fatal: true (without throwing), warnings false', async () => {
    const file = await preset('Article 99 of the APMBT is cited.\n\n:cite[x]{treaty=nope}\n')
    const byRule = new Map(file.messages.map((m) => [m.ruleId, m]))
    expect(byRule.get('unknown-instrument')?.fatal).toBe(false)
    const errors = file.messages.filter((m) => m.fatal === true)
    expect(errors.map((m) => m.ruleId)).toContain('article-out-of-range')
  })
  it('article out of range is reported for directives', async () => {
    const file = await preset(':cite[Article 99]{treaty=apmbt}\n')
    expect(file.messages.map((m) => m.ruleId)).toContain('article-out-of-range')
  })
})

describe('markdown round trip', () => {
  const md =
    '---\ntreaty: apmbt\n---\n\nUnder Article 5(1) of the Convention, Chile, Peru and Ecuador act.\n\n![x](https://example.org/x.png)\n\nPhoto: Pier by mo_k on Flickr\n'
  it('is unchanged by default, even with instrumentsCited', async () => {
    const out = await unified()
      .use(remarkParse)
      .use(remarkTreatymark, { instrumentsCited: true })
      .use(remarkStringify)
      .process(md)
    expect(String(out)).toBe(md)
  })
  it.each([
    '***Article 5* of the *Convention*\n',
    'A \\*Article 5 of the APMBT\\* and _Austria_\\_s.\n',
    '* Austria, *Belgium* and Benin\n* 1\\. Article 2 of the ATT\n',
    '> ![x](a.png)\n> Photo by *K. Lee*, CC BY 4.0\n',
  ])('is unchanged around emphasis and escapes: %j', async (input) => {
    const plain = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkFrontmatter)
      .use(remarkStringify)
    const out = await unified()
      .use(remarkParse)
      .use(remarkTreatymark)
      .use(remarkStringify)
      .process(input)
    expect(String(out)).toBe(String(await plain.process(input)))
  })
  it('rewrite: true writes links and the section', async () => {
    const out = String(
      await unified()
        .use(remarkParse)
        .use(remarkTreatymark, { rewrite: true, instrumentsCited: true })
        .use(remarkStringify)
        .process(md),
    )
    expect(out).toContain('[Article 5(1) of the Convention](https://treaties.un.org/')
    expect(out).toContain('## Instruments cited')
    expect(out).toContain('Chile, Peru and Ecuador act.')
  })
  it('rewrite: true turns :cite directives into links, keeps others', async () => {
    const out = String(
      await unified()
        .use(remarkParse)
        .use(remarkTreatymark, { rewrite: true })
        .use(remarkStringify)
        .process(':cite[Article 4]{treaty=ccm} and :state[Ghana]{iso3=GHA}.\n'),
    )
    expect(out).toMatch(
      /^\[Article 4\]\(https:\/\/treaties\.un\.org\/[^ )]+ "Convention on Cluster Munitions, Article 4: /,
    )
    expect(out).toContain(':state[Ghana]{iso3="GHA"}')
  })
})

describe('hostile inputs', () => {
  // Speed lives in bench/remark.js (it prints MB/s at 1x and 4x for these); here: sane output.
  const processor = unified().use(remarkParse).use(remarkTreatymark)
  it.each([
    ['many inline nodes in one paragraph', '*x* Austria ', 'tm-state', 1],
    ['many wraps across emphasis', 'Article 5 of the *APMBT* and ', 'tm-cite', 1],
    ['lists over emphasis', 'Austria, *Belgium* and Benin; ', 'tm-state', 3],
  ])('%s', (_name, unit, className, perUnit) => {
    const markdown = unit.repeat(3_000)
    const tree = processor.parse(markdown)
    const before = toString(tree)
    const after = processor.runSync(tree, markdown) as Root
    expect(toString(after)).toBe(before)
    const html = unified()
      .use(rehypeStringify)
      .stringify(unified().use(remarkRehype).runSync(after))
    expect(html.split(`class="${className}"`).length - 1).toBe(3_000 * perUnit)
  })
})
