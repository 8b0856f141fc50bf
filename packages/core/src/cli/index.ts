#!/usr/bin/env node
/**
 * `treatymark`: extract, check and render treaty citations, document symbols, states, state lists
 * and image credits from the command line.
 *
 *   treatymark extract [--json] [--instrument ID] [--kinds LIST] [--format F] FILE...
 *   treatymark check [--instrument ID] [--format F] FILE...
 *   treatymark render [--instrument ID] [--format F] FILE...
 *
 * `-` reads standard input. `.md`, `.mdx` and `.markdown` files are read through the remark
 * preset (code and links skipped, directives and front matter read); other files as plain text;
 * `--format markdown|text` forces one. Exit codes: 0 fine, 1 `check` found an error, 2 a usage
 * error or a file that could not be read (the other files are still processed), 3 treatymark
 * itself failed (a bug: please report it).
 */
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { location } from 'vfile-location'
import { extract, extractionKinds } from '../extract/index.js'
import type { Diagnostic, ExtractOptions, Extraction, Kind } from '../models/extraction.js'
import type { InstrumentId } from '../models/instrument.js'
import { getInstrument } from '../registry/instruments.js'
import { renderExtractionHtml } from '../render/html.js'
import { readMarkdown, type MarkdownResult } from './markdown.js'
import { decodeInput } from './read-input.js'

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => Promise<string>
  readStdin: () => Promise<string>
}

const USAGE = `Usage: treatymark <command> [options] FILE...

Commands:
  extract   Print what was found: a table per file, or JSON with --json
  check     Print diagnostics (file:line:column  severity  message  rule); exit 1 on an error
  render    Print the text as HTML with the entities marked up

Options:
  --json             extract: print the Extraction as JSON (an array for several files)
  --instrument ID    default instrument for "Article 5" and "the Convention" (e.g. apmbt, ccw)
  --kinds LIST       only these kinds, comma-separated: ${extractionKinds.join(',')}
  --format FORMAT    markdown or text (default: markdown for .md, .mdx and .markdown files)
  -h, --help         show this help
  -v, --version      show the version

FILE may be "-" for standard input.`

function version(): string {
  // src/cli/index.ts and dist/cli/index.js both sit two levels below package.json.
  const require = createRequire(import.meta.url)
  const pkg = require('../../package.json') as { version?: string }
  return pkg.version ?? '0.0.0'
}

/** Line and column (1-based, in UTF-16 code units as editors and vfile count) of offsets. */
type Locate = (offset: number) => string

/** A locator for one text: vfile-location indexes the line starts once, then each is a search. */
function locator(text: string): Locate {
  const place = location(text)
  return (offset) => {
    const point = place.toPoint(Math.min(Math.max(offset, 0), text.length))
    return point ? `${point.line}:${point.column}` : '1:1'
  }
}

/** 1-based line and column of one offset (for one offset; use a locator for many). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(Math.min(Math.max(offset, 0), text.length))
  return { line: point?.line ?? 1, column: point?.column ?? 1 }
}

/** Show a span's text on one line, shortened. */
function preview(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Columns padded to their widest cell (one pass over the rows, however many there are). */
function table(rows: string[][]): string {
  if (rows.length === 0) return ''
  const widths: number[] = []
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) {
      widths[column] = Math.max(widths[column] ?? 0, row[column]!.length)
    }
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/**
 * The readable table of one extraction. `where` turns an offset of the extraction into
 * `line:column` of the file (the default: offsets index `text`).
 */
export function formatExtraction(
  name: string,
  text: string,
  result: Extraction,
  where: Locate = locator(text),
): string {
  const rows: Array<{ start: number; row: string[] }> = []
  for (const c of result.citations) {
    const pinpoint =
      c.article === null
        ? ''
        : ` art. ${c.article}${c.paragraph === null ? '' : `(${c.paragraph})`}${c.subparagraph ? `(${c.subparagraph})` : ''}`
    rows.push({
      start: c.start,
      row: ['citation', where(c.start), preview(c.text), `${c.treaty}${pinpoint}`],
    })
  }
  for (const d of result.documents) {
    rows.push({ start: d.start, row: ['document', where(d.start), preview(d.text), d.url ?? '-'] })
  }
  for (const s of result.states) {
    rows.push({
      start: s.start,
      row: ['state', where(s.start), preview(s.text), `${s.iso3} ${s.name}`],
    })
  }
  for (const l of result.stateLists) {
    const unresolved = l.unresolved.length > 0 ? `; unresolved: ${l.unresolved.join(', ')}` : ''
    rows.push({
      start: l.start,
      row: [
        'state list',
        where(l.start),
        preview(text.slice(l.start, l.end)),
        `${l.members.length} states: ${l.members.join(' ')}${unresolved}`,
      ],
    })
  }
  for (const c of result.credits) {
    const parts = [c.kind, c.title, c.creator, c.source, c.license].map((part) => part ?? '-')
    rows.push({
      start: c.start,
      row: ['credit', where(c.start), preview(c.text), parts.join(' · ')],
    })
  }
  rows.sort((a, b) => a.start - b.start)
  const counts = extractionKinds.map((kind) => `${result[kind].length} ${kind}`).join(', ')
  const body = rows.length === 0 ? '  (nothing found)' : table(rows.map((r) => ['', ...r.row]))
  return `${name}\n${body}\n  ${counts}\n`
}

const severityWord: Record<Diagnostic['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
}

/** A diagnostic with its place in the file. */
interface Placed {
  where: string
  severity: Diagnostic['severity']
  message: string
  ruleId: string
}

/** Diagnostics of one file, one per line: `file:line:column  severity  message  rule`. */
function formatDiagnostics(name: string, diagnostics: readonly Placed[]): string {
  const rows = diagnostics.map((d) => [
    `${name}:${d.where}`,
    severityWord[d.severity],
    d.message,
    d.ruleId,
  ])
  return rows.length === 0 ? '' : `${table(rows)}\n`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

interface Input {
  name: string
  text: string
  /** Read through the remark preset (markdown) or as plain text. */
  markdown: boolean
}

const MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i

/** What one input gives: entities, placed diagnostics and HTML, for markdown or plain text. */
interface Read {
  extraction: Extraction
  /** `line:column` in the file of an offset of `extraction`. */
  where: Locate
  /** The text the offsets of `extraction` index. */
  text: string
  diagnostics: Placed[]
  html: () => string
}

function read(input: Input, options: ExtractOptions): Read {
  if (!input.markdown) {
    const extraction = extract(input.text, options)
    const where = locator(input.text)
    return {
      extraction,
      where,
      text: input.text,
      diagnostics: extraction.diagnostics.map((d) => ({ ...d, where: where(d.start) })),
      html: () => renderExtractionHtml(input.text, extraction, { paragraphs: true }),
    }
  }
  const result: MarkdownResult = readMarkdown(input.text, options)
  const inSource = locator(input.text)
  return {
    extraction: result.extraction,
    where: (offset) => inSource(result.sourceOffset(offset) ?? 0),
    text: result.text,
    diagnostics: result.diagnostics.map((d) => ({ ...d, where: `${d.line}:${d.column}` })),
    html: result.html,
  }
}

/** Run the CLI. Resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        instrument: { type: 'string' },
        kinds: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    io.stderr(`treatymark: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (values.version) {
    io.stdout(`${version()}\n`)
    return 0
  }
  const [command, ...files] = positionals
  if (command === undefined) {
    io.stderr(`${USAGE}\n`)
    return 2
  }
  if (command !== 'extract' && command !== 'check' && command !== 'render') {
    io.stderr(`treatymark: unknown command "${command}"\n${USAGE}\n`)
    return 2
  }
  if (files.length === 0) {
    io.stderr(`treatymark: no FILE given (use "-" for standard input)\n`)
    return 2
  }
  const options: ExtractOptions = {}
  if (values.instrument !== undefined) {
    if (!getInstrument(values.instrument)) {
      io.stderr(`treatymark: unknown instrument "${values.instrument}"\n`)
      return 2
    }
    options.instrument = values.instrument as InstrumentId
  }
  if (values.kinds !== undefined) {
    const kinds = values.kinds
      .split(',')
      .map((kind) => kind.trim())
      .filter(Boolean)
    const unknown = kinds.filter((kind) => !extractionKinds.includes(kind as Kind))
    if (unknown.length > 0) {
      io.stderr(
        `treatymark: unknown kind "${unknown.join('", "')}" (known: ${extractionKinds.join(', ')})\n`,
      )
      return 2
    }
    options.kinds = kinds as Kind[]
  }

  const format = values.format
  if (format !== undefined && format !== 'markdown' && format !== 'text') {
    io.stderr(`treatymark: unknown format "${format}" (known: markdown, text)\n`)
    return 2
  }

  let status = 0
  const inputs: Input[] = []
  for (const file of files) {
    try {
      const text = file === '-' ? await io.readStdin() : await io.readFile(file)
      const markdown = format === undefined ? MARKDOWN_FILE.test(file) : format === 'markdown'
      inputs.push({ name: file === '-' ? '<stdin>' : file, text, markdown })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      io.stderr(`treatymark: cannot read ${file}: ${reason}\n`)
      status = 2
    }
  }

  const results = inputs.map((input) => ({ input, read: read(input, options) }))

  if (command === 'extract') {
    if (values.json) {
      const json =
        files.length === 1
          ? (results[0]?.read.extraction ?? null)
          : results.map((r) => r.read.extraction)
      if (json !== null) io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    } else {
      io.stdout(
        results
          .map(({ input, read }) =>
            formatExtraction(input.name, read.text, read.extraction, read.where),
          )
          .join('\n'),
      )
    }
    return status
  }

  if (command === 'render') {
    for (const { read } of results) io.stdout(`${read.html()}\n`)
    return status
  }

  // check
  const totals = { error: 0, warning: 0, info: 0 }
  for (const { input, read } of results) {
    for (const d of read.diagnostics) totals[d.severity]++
    io.stdout(formatDiagnostics(input.name, read.diagnostics))
  }
  const found = totals.error + totals.warning + totals.info
  io.stdout(
    found === 0
      ? `no issues found in ${plural(inputs.length, 'file')}\n`
      : `${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${plural(totals.info, 'info')} in ${plural(inputs.length, 'file')}\n`,
  )
  if (totals.error > 0) status = Math.max(status, 1)
  return status
}

/** Standard streams and the file system. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => decodeInput(await readFile(path)),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer))
    return decodeInput(Buffer.concat(chunks))
  },
}

/**
 * Run the CLI on this process's arguments and set its exit code. The committed bin shim
 * (`bin/treatymark.js`) calls it; so does running this file directly.
 */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv, processIo)
  } catch (error) {
    // A bug, not a usage error: one line, no stack trace, its own exit code.
    const reason = error instanceof Error ? error.message : String(error)
    process.stderr.write(`treatymark: internal error: ${reason} (please report it)\n`)
    process.exitCode = 3
  }
}

// Run when executed directly (`node dist/cli/index.js`), not when imported by the shim or tests.
function isMain(): boolean {
  const invoked = process.argv[1]
  if (invoked === undefined) return false
  try {
    return realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMain()) void run()
