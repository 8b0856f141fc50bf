/**
 * The six development posts (read from ../shared/samples, never copied) processed as markdown
 * with the preset: every gold entity must appear in the HTML with its markup. Where the
 * extractor misses a gold entity on the plain text too, that is the extractor's miss (scored
 * by test/gold.test.ts), not the renderer's: such entities are listed, and the rest must all be
 * there.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/extract/index.js'
import type { Extraction } from '../src/models/index.js'
import { remarkTreatymark } from '../src/remark/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../..')
const samplesRoot = process.env.TREATYMARK_SAMPLES ?? path.resolve(repoRoot, '../shared/samples')

interface Sample {
  name: string
  text: string
  gold: Extraction
}

function loadSamples(): Sample[] {
  if (!fs.existsSync(samplesRoot)) return []
  const out: Sample[] = []
  for (const collection of fs.readdirSync(samplesRoot)) {
    const goldDir = path.join(samplesRoot, collection, 'gold')
    if (!fs.existsSync(goldDir)) continue
    for (const file of fs
      .readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const name = file.replace(/\.json$/, '')
      const textPath = path.join(samplesRoot, collection, `${name}.txt`)
      if (!fs.existsSync(textPath)) continue
      out.push({
        name,
        text: fs.readFileSync(textPath, 'utf8'),
        gold: JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as Extraction,
      })
    }
  }
  return out
}

const samples = loadSamples()

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('')
  return ''
}

function elementsWithClass(tree: HastRoot, className: string): Element[] {
  const found: Element[] = []
  const walk = (node: HastRoot | ElementContent): void => {
    if (node.type === 'element') {
      const classes = node.properties.className
      if (Array.isArray(classes) && classes.includes(className)) found.push(node)
    }
    if ('children' in node) for (const child of node.children as ElementContent[]) walk(child)
  }
  walk(tree)
  return found
}

/** Take one matching element out of the pool (multiset matching). */
function take(pool: Element[], match: (el: Element) => boolean): boolean {
  const index = pool.findIndex(match)
  if (index < 0) return false
  pool.splice(index, 1)
  return true
}

const processor = unified().use(remarkParse).use(remarkTreatymark).use(remarkRehype)

describe.skipIf(samples.length === 0)(`sample posts through remark (${samplesRoot})`, () => {
  let total = 0
  let present = 0
  const extractorMisses: string[] = []

  for (const sample of samples) {
    it(sample.name, () => {
      const tree = processor.runSync(processor.parse(sample.text), sample.text) as HastRoot
      const plain = extract(sample.text)
      const found = (
        list: readonly { start: number; end: number }[],
        g: { start: number; end: number },
      ) => list.some((e) => e.start === g.start && e.end === g.end)
      const missing: string[] = []
      const check = (label: string, extractorFound: boolean, ok: boolean): void => {
        total++
        if (ok) present++
        else if (!extractorFound) extractorMisses.push(`${sample.name}: ${label}`)
        else missing.push(label)
      }

      const cites = elementsWithClass(tree, 'tm-cite')
      for (const g of sample.gold.citations) {
        const text = g.text ?? sample.text.slice(g.start, g.end)
        check(
          `citation ${text} (${g.treaty})`,
          found(plain.citations, g),
          take(
            cites,
            (el) => el.properties.dataTreaty === g.treaty && norm(textOf(el)) === norm(text),
          ),
        )
      }
      const docs = elementsWithClass(tree, 'tm-doc')
      for (const g of sample.gold.documents)
        check(
          `document ${g.symbol}`,
          found(plain.documents, g),
          take(docs, (el) => el.properties.dataSymbol === g.symbol),
        )
      const states = elementsWithClass(tree, 'tm-state')
      for (const g of sample.gold.states) {
        const text = g.text ?? sample.text.slice(g.start, g.end)
        check(
          `state ${text} (${g.iso3})`,
          found(plain.states, g),
          take(
            states,
            (el) => el.properties.dataIso3 === g.iso3 && norm(textOf(el)) === norm(text),
          ),
        )
      }
      const lists = elementsWithClass(tree, 'tm-state-list')
      for (const g of sample.gold.stateLists) {
        const members = (el: Element) =>
          elementsWithClass({ type: 'root', children: [el] }, 'tm-state').map(
            (s) => s.properties.dataIso3,
          )
        check(
          `list ${g.members.join(' ')}`,
          plain.stateLists.some((l) => l.members.join() === g.members.join()),
          take(
            lists,
            (el) =>
              el.properties.dataCount === String(g.members.length) &&
              members(el).join() === g.members.join(),
          ),
        )
      }
      const credits = elementsWithClass(tree, 'tm-credit')
      for (const g of sample.gold.credits) {
        const text = sample.text.slice(g.start, g.end)
        check(
          `credit ${text}`,
          plain.credits.some((c) => c.start < g.end && g.start < c.end),
          take(credits, (el) => norm(textOf(el)).includes(norm(g.title ?? g.creator ?? text))),
        )
      }
      expect(missing, `entities extract() finds but the HTML lacks in ${sample.name}`).toEqual([])
    })
  }

  it('reports coverage of the gold entities', () => {
    console.log(
      `gold entities with markup: ${present}/${total}` +
        (extractorMisses.length
          ? `\nmissed by extract() itself:\n  ${extractorMisses.join('\n  ')}`
          : ''),
    )
    expect(total).toBeGreaterThan(0)
    // The extractor is scored by test/gold.test.ts; the markup must not lose what it finds.
    expect(present / total).toBeGreaterThanOrEqual(0.9)
  })
})
