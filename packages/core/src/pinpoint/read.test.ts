/** The one pinpoint reader: spans of what it reads, in both dialects. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePinpoint } from './parse.js'
import { PROSE, type PinpointTree, WHOLE, readPinpointTree } from './read.js'

/** Every number the tree holds, as [text of its span, value]. */
function numbers(text: string, tree: PinpointTree): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const add = (ref: { start: number; end: number; value: string }) =>
    out.push([text.slice(ref.start, ref.end), ref.value])
  if (tree.type === 'bare') add(tree.ref)
  else if (tree.type === 'paragraph-of') {
    tree.paragraphs.forEach(({ item }) => add(item))
    add(tree.article)
  } else {
    for (const { item } of tree.articles) {
      add(item.ref)
      item.paragraphs?.forEach(({ item: paragraph }) => add(paragraph))
    }
  }
  return out
}

describe('readPinpointTree', () => {
  it('gives each number its span in prose', () => {
    const text = 'as Articles 8 bis, 9(1)(a) and XII require'
    const tree = readPinpointTree(text, 3, PROSE)!
    // A list keeps to arabic numbers: "XII" is not read after them.
    expect([tree.start, tree.end]).toEqual([3, 26])
    expect(numbers(text, tree)).toEqual([
      ['8 bis', '8bis'],
      ['9(1)(a)', '9'],
    ])
  })

  it('reads paragraphs and the article of "paragraph 3 of Article 5"', () => {
    const text = 'paragraphs 2 and 3 of Article VI'
    const tree = readPinpointTree(text, 0, PROSE)!
    expect(tree.end).toBe(text.length)
    expect(numbers(text, tree)).toEqual([
      ['2', '2'],
      ['3', '3'],
      ['VI', '6'],
    ])
  })

  it('keeps the prose rules: a singular word joins with "and" only, "5th" is no number', () => {
    const text = 'Under Article 7, 12 States reported'
    expect(readPinpointTree(text, 6, PROSE)?.end).toBe(15)
    expect(readPinpointTree('Article 5th', 0, PROSE)).toBeNull()
    expect(readPinpointTree('art 5', 0, PROSE)).toBeNull()
    expect(readPinpointTree('art 5', 0, WHOLE)?.end).toBe(5)
  })

  it('property: spans are in order, inside the clause, and read as what they hold', () => {
    const ref = fc.tuple(
      fc.constantFrom('5', '12', 'VI', '8 bis', '36'),
      fc.constantFrom('', '(1)', '(1)(a)', '.2'),
    )
    const sep = fc.constantFrom(', ', ' and ', ' to ', '-', ', and ')
    fc.assert(
      fc.property(
        fc.constantFrom('Article ', 'Articles '),
        fc.array(fc.tuple(sep, ref), { maxLength: 4 }),
        ref,
        (head, more, first) => {
          const body = first.join('') + more.map(([s, [n, l]]) => s + n + l).join('')
          const text = `See ${head}${body} of it.`
          const tree = readPinpointTree(text, 4, PROSE)
          expect(tree).not.toBeNull()
          let last = tree!.start
          for (const [span] of numbers(text, tree!)) {
            const at = text.indexOf(span, last)
            expect(at).toBeGreaterThanOrEqual(last)
            last = at + span.length
          }
          expect(last).toBeLessThanOrEqual(tree!.end)
        },
      ),
    )
  })

  it('property: what parsePinpoint accepts is read to its end by the WHOLE dialect', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Article 5(1)(a)',
          'Articles 1, 2 and 3',
          'paragraph 3 of Article 5',
          '7(2)',
        ),
        (s) => {
          expect(parsePinpoint(s)).not.toBeNull()
          const trees = (['article', 'paragraph-of', 'bare'] as const).map((form) =>
            readPinpointTree(s, 0, WHOLE, [form]),
          )
          expect(trees.some((tree) => tree?.end === s.length)).toBe(true)
        },
      ),
    )
  })
})

describe('misc9: a range of levels in one bracket', () => {
  it('reads "17(4) (a-g)" as level "a" with the range to "g", in prose and whole strings', () => {
    const tree = readPinpointTree('Article 17(4) (a-g) further', 0, PROSE)
    expect(tree?.type === 'article' && tree.articles[0]?.item.ref.levels).toEqual(['4', 'a'])
    expect(tree?.type === 'article' && tree.articles[0]?.item.ref.tail).toEqual([
      { range: true, value: 'g' },
    ])
    expect(tree?.end).toBe('Article 17(4) (a-g)'.length)
    expect(readPinpointTree('Article 7(1)(a–c)', 0, WHOLE)?.end).toBe(17)
  })

  it('property: "(x-y)" after any levels is one range at the last level', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('a', 'b', 'c'),
        fc.constantFrom('d', 'e', 'h'),
        fc.constantFrom('', ' '),
        fc.constantFrom('-', '–'),
        (n, p, from, to, space, dash) => {
          const text = `Article ${n}(${p})${space}(${from}${dash}${to})`
          const tree = readPinpointTree(text, 0, PROSE)
          expect(tree?.end).toBe(text.length)
          expect(tree?.type === 'article' && tree.articles[0]?.item.ref.levels).toEqual([
            String(p),
            from,
          ])
        },
      ),
    )
  })
})
