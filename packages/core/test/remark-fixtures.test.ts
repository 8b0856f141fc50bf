/**
 * Whole-document fixtures: `test/fixtures/<case>/input.md` is processed with the preset
 * (options from `options.json` when present) and compared with `output.html` and
 * `messages.txt`. `UPDATE=1 npx vitest run test/remark-fixtures.test.ts` rewrites the outputs,
 * which are then reviewed in the diff.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark, type RemarkTreatymarkOptions } from '../src/remark/index.js'
import { remarkTreatymarkSyntax as treatymarkSyntax } from '../src/remark/syntax.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const update = Boolean(process.env.UPDATE)
const cases = fs
  .readdirSync(root)
  .filter((name) => fs.existsSync(path.join(root, name, 'input.md')))
  .sort()

function read(name: string, file: string): string | undefined {
  const p = path.join(root, name, file)
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined
}

describe('remark fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  for (const name of cases) {
    it(name, async () => {
      const input = read(name, 'input.md')!
      const options = JSON.parse(read(name, 'options.json') ?? '{}') as RemarkTreatymarkOptions
      const file = await unified()
        .use(remarkParse)
        .use(remarkTreatymark, options)
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(input)
      const html = String(file)
      const messages =
        file.messages
          .map((m) => `${m.line ?? '?'}:${m.column ?? '?'} ${m.source}:${m.ruleId} ${m.reason}`)
          .join('\n') + '\n'
      if (update) {
        fs.writeFileSync(
          path.join(root, name, 'output.html'),
          html.endsWith('\n') ? html : `${html}\n`,
        )
        fs.writeFileSync(path.join(root, name, 'messages.txt'), messages)
      }
      expect(html.trimEnd()).toBe((read(name, 'output.html') ?? '').trimEnd())
      expect(messages).toBe(read(name, 'messages.txt') ?? '\n')

      // Round trip: with remark-stringify the markdown is what it would be without treatymark.
      const plain = unified()
        .use(remarkParse)
        .use(treatymarkSyntax)
        .use(remarkFrontmatter)
        .use(remarkStringify)
      const expected = String(await plain.process(input))
      const actual = String(
        await unified()
          .use(remarkParse)
          .use(remarkTreatymark, options)
          .use(remarkStringify)
          .process(input),
      )
      expect(actual).toBe(expected)
    })
  }
})
