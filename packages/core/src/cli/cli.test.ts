import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type CliIo, lineColumn, main } from './index.js'

const files: Record<string, string> = {
  'report.txt':
    'Monitor report\n\nUnder Article 5(1) of the APMBT, Chile, Peru and Ecuador must clear mined areas.\n',
  'errors.txt':
    'The CCM was adopted in Dublin.\nArticle 40 of the CCM and Article 2 of the Foo Treaty.\n',
  'clean.txt': 'Nothing to see here.\n',
}

async function run(
  argv: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = {
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    readFile: async (file) => {
      const text = files[file]
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`)
      return text
    },
    readStdin: async () => stdin,
  }
  const code = await main(argv, io)
  return { code, out, err }
}

describe('treatymark CLI (main)', () => {
  it('prints help and version', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^Usage: treatymark <command>/)
    const version = await run(['--version'])
    expect(version.out).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('extract --json prints exactly the Extraction shape', async () => {
    const { code, out } = await run(['extract', '--json', 'report.txt'])
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(Object.keys(json)).toEqual([
      'citations',
      'documents',
      'states',
      'stateLists',
      'credits',
      'diagnostics',
    ])
    expect(json.citations[0]).toMatchObject({
      text: 'Article 5(1) of the APMBT',
      treaty: 'apmbt',
      article: '5',
      paragraph: '1',
    })
    expect(json.stateLists[0].members).toEqual(['CHL', 'PER', 'ECU'])
  })

  it('extract --json prints an array for several files', async () => {
    const { out } = await run(['extract', '--json', 'report.txt', 'clean.txt'])
    const json = JSON.parse(out)
    expect(Array.isArray(json)).toBe(true)
    expect(json).toHaveLength(2)
  })

  it('extract prints a readable table with line:column', async () => {
    const { out } = await run(['extract', 'report.txt'])
    expect(out).toContain('report.txt\n')
    expect(out).toMatch(/citation\s+3:7\s+Article 5\(1\) of the APMBT\s+apmbt art\. 5\(1\)/)
    expect(out).toMatch(/state list\s+3:34/)
  })

  it('reads standard input for "-" and applies --instrument', async () => {
    const { out } = await run(
      ['extract', '--json', '--instrument', 'ccm', '-'],
      'Article 7 reports are due.',
    )
    expect(JSON.parse(out).citations[0]).toMatchObject({
      text: 'Article 7',
      treaty: 'ccm',
      article: '7',
    })
  })

  it('check prints diagnostics like a linter and exits 1 on an error', async () => {
    const { code, out } = await run(['check', 'errors.txt'])
    expect(code).toBe(1)
    const lines = out.trim().split('\n')
    expect(lines[0]).toMatch(
      /^errors\.txt:2:1\s+error\s+Article 40 does not exist.*\s+article-out-of-range$/,
    )
    expect(lines[1]).toMatch(
      /^errors\.txt:2:44\s+warning\s+Unknown instrument.*\s+unknown-instrument$/,
    )
    expect(lines.at(-1)).toBe('1 error, 1 warning, 0 infos in 1 file')
  })

  it('check exits 0 on a clean file', async () => {
    const { code, out } = await run(['check', 'clean.txt'])
    expect(code).toBe(0)
    expect(out).toBe('no issues found in 1 file\n')
  })

  it('render prints HTML with the markup contract', async () => {
    const { code, out } = await run(['render', 'report.txt'])
    expect(code).toBe(0)
    expect(out).toContain('<a class="tm-cite"')
    expect(out).toContain('data-treaty="apmbt"')
    expect(out).toContain('<span class="tm-state" data-iso3="CHL">Chile</span>')
  })

  it('reports a missing file on one line, exits 2 and still processes the others', async () => {
    const { code, out, err } = await run(['extract', '--json', 'missing.txt', 'report.txt'])
    expect(code).toBe(2)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toMatch(/^treatymark: cannot read missing\.txt: ENOENT/)
    expect(JSON.parse(out)).toHaveLength(1)
  })

  it('rejects unknown commands, options, instruments and kinds with exit 2', async () => {
    expect((await run(['frobnicate', 'report.txt'])).code).toBe(2)
    expect((await run(['extract', '--nope', 'report.txt'])).code).toBe(2)
    expect((await run(['extract', '--instrument', 'xyz', 'report.txt'])).code).toBe(2)
    expect((await run(['extract', '--kinds', 'citations,planets', 'report.txt'])).code).toBe(2)
    expect((await run(['extract'])).code).toBe(2)
    expect((await run([])).code).toBe(2)
  })

  it('--kinds selects kinds', async () => {
    const { out } = await run(['extract', '--json', '--kinds', 'states', 'report.txt'])
    const json = JSON.parse(out)
    expect(json.citations).toEqual([])
    expect(json.states).toHaveLength(3)
  })

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/index.js')

describe.skipIf(!existsSync(bin))('treatymark CLI (built bin, spawned)', () => {
  it('runs as an executable with a shebang and reads stdin', () => {
    const result = spawnSync(process.execPath, [bin, 'extract', '--json', '-'], {
      input: 'Members of the CCW met.',
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).citations[0]).toMatchObject({ text: 'CCW', treaty: 'ccw' })
    const missing = spawnSync(process.execPath, [bin, 'check', '/nonexistent/file.txt'], {
      encoding: 'utf8',
    })
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/file\.txt/)
  })
})

describe('treatymark CLI: markdown and large inputs', () => {
  const post = [
    '---',
    'treaty: ccm',
    '---',
    '',
    'Under Article 3, *Chile*, Peru and Ecuador reported.',
    '',
    '```',
    'Article 40 of the CCM is only an example in a code block.',
    '```',
    '',
    'Article 30 of the CCM does not exist.',
    '',
  ].join('\n')

  async function runWith(argv: string[], name: string, text: string) {
    let out = ''
    let err = ''
    const code = await main(argv, {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      readFile: async (file) => {
        if (file !== name) throw new Error(`ENOENT: ${file}`)
        return text
      },
      readStdin: async () => text,
    })
    return { code, out, err }
  }

  it('reads .md through the remark preset: code skipped, front matter read, markdown positions', async () => {
    const { code, out } = await runWith(['check', 'post.md'], 'post.md', post)
    expect(code).toBe(1)
    expect(out.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^post\.md:11:1\s+error\s+Article 30 does not exist.*article-out-of-range$/,
      ),
      '1 error, 0 warnings, 0 infos in 1 file',
    ])
    const json = JSON.parse((await runWith(['extract', '--json', 'post.md'], 'post.md', post)).out)
    expect(json.citations.map((c: { text: string; treaty: string }) => [c.text, c.treaty])).toEqual(
      [
        ['Article 3', 'ccm'],
        ['Article 30 of the CCM', 'ccm'],
      ],
    )
    const table = (await runWith(['extract', 'post.md'], 'post.md', post)).out
    expect(table).toMatch(/citation\s+5:7\s+Article 3\s+ccm art\. 3/)
    expect(table).toMatch(/state\s+5:19\s+Chile\s+CHL/)
  })

  it('reads colons in markdown as the preset does: `Chile:Peru` and `10:30` are text, not directives', async () => {
    const text = 'At 10:30 the delegations of Chile:Peru, Austria and Benin met.\n'
    const json = JSON.parse((await runWith(['extract', '--json', 'note.md'], 'note.md', text)).out)
    expect(json.states.map((s: { text: string }) => s.text)).toEqual([
      'Chile',
      'Peru',
      'Austria',
      'Benin',
    ])
  })

  it('--format text reads markdown as plain text, --format markdown reads any file as markdown', async () => {
    const plain = await runWith(['check', '--format', 'text', 'post.md'], 'post.md', post)
    expect(plain.out).toMatch(/post\.md:8:1\s+error\s+Article 40 does not exist/)
    const md = await runWith(['check', '--format', 'markdown', 'post.txt'], 'post.txt', post)
    expect(md.out).not.toMatch(/Article 40/)
    expect((await runWith(['check', '--format', 'rtf', 'post.md'], 'post.md', post)).code).toBe(2)
  })

  it('render of markdown gives the HTML of the remark pipeline', async () => {
    const { out } = await runWith(['render', 'post.md'], 'post.md', post)
    expect(out).toContain('<pre><code>Article 40 of the CCM is only an example in a code block.')
    expect(out).toContain('<a class="tm-cite"')
    expect(out).toContain('<em><span class="tm-state" data-iso3="CHL">Chile</span></em>')
  })

  it('prints a table of 150,000 rows (no spread into Math.max, no line scan per row)', async () => {
    const text = 'Peru. '.repeat(150_000)
    const { code, out, err } = await runWith(['extract', 'big.txt'], 'big.txt', text)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toContain('150000 states')
    expect(out.split('\n').filter((line) => line.includes('PER Peru'))).toHaveLength(150_000)
  })
})
