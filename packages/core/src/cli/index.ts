#!/usr/bin/env node
/**
 * `treatymark`: extract, check and render treaty citations, document symbols, states, state lists
 * and image credits from the command line.
 *
 *   treatymark extract [--json] [--instrument ID] [--kinds LIST] FILE...
 *   treatymark check [--instrument ID] FILE...
 *   treatymark render [--instrument ID] FILE...
 *
 * `-` reads standard input. Exit codes: 0 fine, 1 `check` found an error, 2 a usage error or a
 * file that could not be read (the other files are still processed).
 */
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { extract, extractionKinds } from '../extract/index.js'
import type { Diagnostic, ExtractOptions, Extraction, Kind } from '../models/extraction.js'
import type { InstrumentId } from '../models/instrument.js'
import { getInstrument } from '../registry/instruments.js'
import { renderExtractionHtml } from '../render/html.js'
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
  -h, --help         show this help
  -v, --version      show the version

FILE may be "-" for standard input.`

function version(): string {
  // src/cli/index.ts and dist/cli/index.js both sit two levels below package.json.
  const require = createRequire(import.meta.url)
  const pkg = require('../../package.json') as { version?: string }
  return pkg.version ?? '0.0.0'
}

/** 1-based line and column (in UTF-16 code units, as editors and vfile count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Show a span's text on one line, shortened. */
function preview(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function table(rows: string[][]): string {
  if (rows.length === 0) return ''
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** The readable table of one extraction. */
export function formatExtraction(name: string, text: string, result: Extraction): string {
  const rows: Array<{ start: number; row: string[] }> = []
  const where = (start: number): string => {
    const { line, column } = lineColumn(text, start)
    return `${line}:${column}`
  }
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
    rows.push({ start: d.start, row: ['document', where(d.start), preview(d.text), d.url] })
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

/** Diagnostics of one file, one per line: `file:line:column  severity  message  rule`. */
export function formatDiagnostics(
  name: string,
  text: string,
  diagnostics: readonly Diagnostic[],
): string {
  const rows = diagnostics.map((d) => {
    const { line, column } = lineColumn(text, d.start)
    return [`${name}:${line}:${column}`, severityWord[d.severity], d.message, d.ruleId]
  })
  return rows.length === 0 ? '' : `${table(rows)}\n`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

interface Input {
  name: string
  text: string
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

  let status = 0
  const inputs: Input[] = []
  for (const file of files) {
    try {
      const text = file === '-' ? await io.readStdin() : await io.readFile(file)
      inputs.push({ name: file === '-' ? '<stdin>' : file, text })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      io.stderr(`treatymark: cannot read ${file}: ${reason}\n`)
      status = 2
    }
  }

  if (command === 'extract') {
    const results = inputs.map((input) => ({ input, result: extract(input.text, options) }))
    if (values.json) {
      const json = files.length === 1 ? (results[0]?.result ?? null) : results.map((r) => r.result)
      if (json !== null) io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    } else {
      io.stdout(
        results
          .map(({ input, result }) => formatExtraction(input.name, input.text, result))
          .join('\n'),
      )
    }
    return status
  }

  if (command === 'render') {
    for (const input of inputs) {
      const result = extract(input.text, options)
      io.stdout(`${renderExtractionHtml(input.text, result, { paragraphs: true })}\n`)
    }
    return status
  }

  // check
  const totals = { error: 0, warning: 0, info: 0 }
  for (const input of inputs) {
    const { diagnostics } = extract(input.text, options)
    for (const d of diagnostics) totals[d.severity]++
    io.stdout(formatDiagnostics(input.name, input.text, diagnostics))
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

// Run when executed as the bin (not when imported by tests). The bin is often a symlink
// (node_modules/.bin/treatymark), so compare real paths.
function isMain(): boolean {
  const invoked = process.argv[1]
  if (invoked === undefined) return false
  try {
    return realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMain()) {
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(
        `treatymark: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      )
      process.exitCode = 2
    },
  )
}
