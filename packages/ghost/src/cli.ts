/**
 * treatymark-ghost: publish a markdown post to Ghost, or write a snippet.
 *
 *   treatymark-ghost publish FILE.md --url URL --admin-key ID:SECRET [--status draft|published] [--update SLUG]
 *   treatymark-ghost snippet FILE.md [--name NAME] [--out FILE.json]
 */
import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { GhostAdminError, type GhostAdminErrorCode } from './admin-api.js'
import { enhancerInlineTags, enhancerScript, enhancerTag } from './enhancer-tag.js'
import { publishMarkdown } from './publish.js'
import { snippetOf } from './snippet.js'

/** Ghost's limit on one code injection field (characters, and bytes on MySQL). */
const fieldLimit = 65_535

/** Exit statuses (documented in docs/ghost.md). */
export const exitCodes = {
  ok: 0,
  error: 1,
  usage: 2,
  key: 3,
  unauthorized: 4,
  unreachable: 5,
  validation: 6,
  'not-found': 7,
  http: 1,
} as const satisfies Record<GhostAdminErrorCode | 'ok' | 'error' | 'usage', number>

const usage = `Usage:
  treatymark-ghost publish FILE.md --url URL --admin-key ID:SECRET [options]
  treatymark-ghost snippet FILE.md [--name NAME] [--out FILE.json]
  treatymark-ghost enhancer [--src URL | --out FILE.js] [options]

publish options:
  --url URL              the Ghost site (or GHOST_URL)
  --admin-key ID:SECRET  a custom integration's Admin API key (or GHOST_ADMIN_API_KEY)
  --status STATUS        draft (default) or published
  --update SLUG          update the post with this slug instead of creating one
  --inline links|cards   citations as native Ghost links (default) or every block with an entity as an html card
  --instrument ID        default instrument for "the Convention" (front matter treaty: wins)
  --no-stylesheet        do not put treatymark's stylesheet in the post's code injection
  --json                 print the result as JSON

enhancer: prints what to paste into Settings > Code injection: the whole enhancer inline (no URL,
no request), one part for the Site header and one for the Site footer. Options:
  --field head|foot      print only the part for that field
  --src URL              print a <script src> tag for a copy you host yourself instead
  --out FILE.js          write that copy (dist/enhancer.js) to FILE.js
  --selector CSS         containers to mark up (default .gh-content)
  --instrument ID        default instrument for "the Convention"
  --kinds LIST           e.g. citations,documents,states,stateLists,credits
  --no-stylesheet        your theme styles .tm-* itself

Exit status: 0 ok, 1 other error, 2 usage or file, 3 malformed key, 4 key refused (401/403),
5 Ghost unreachable, 6 post rejected (422), 7 no post with that slug.
`

class UsageError extends Error {}
class FileError extends Error {}

interface Io {
  out: (text: string) => void
  err: (text: string) => void
  env: Record<string, string | undefined>
}

async function readMarkdown(file: string | undefined): Promise<string> {
  if (!file) throw new UsageError('missing FILE.md')
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new FileError(
      code === 'ENOENT'
        ? `no such file: ${file}`
        : `cannot read ${file}: ${(error as Error).message}`,
    )
  }
}

async function publish(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      'admin-key': { type: 'string' },
      status: { type: 'string' },
      update: { type: 'string' },
      inline: { type: 'string' },
      instrument: { type: 'string' },
      'no-stylesheet': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  })
  if (positionals.length > 1) throw new UsageError('publish takes one FILE.md')
  const url = values.url ?? io.env.GHOST_URL
  const key = values['admin-key'] ?? io.env.GHOST_ADMIN_API_KEY
  if (!url) throw new UsageError('missing --url (or GHOST_URL)')
  if (!key) throw new UsageError('missing --admin-key (or GHOST_ADMIN_API_KEY)')
  if (values.status && values.status !== 'draft' && values.status !== 'published')
    throw new UsageError(`--status must be draft or published, not "${values.status}"`)
  if (values.inline && values.inline !== 'links' && values.inline !== 'cards')
    throw new UsageError(`--inline must be links or cards, not "${values.inline}"`)
  const file = positionals[0]
  const markdown = await readMarkdown(file)
  const result = await publishMarkdown(markdown, {
    url,
    key,
    ...(values.status ? { status: values.status as 'draft' | 'published' } : {}),
    ...(values.update ? { update: values.update } : {}),
    ...(values.inline ? { inline: values.inline as 'links' | 'cards' } : {}),
    ...(values.instrument ? { instrument: values.instrument as never } : {}),
    stylesheet: !values['no-stylesheet'],
  })
  for (const m of result.conversion.messages)
    io.err(
      `${file}:${m.line ?? 1}:${m.column ?? 1}: ${m.fatal ? 'error' : 'warning'} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`,
    )
  if (values.json) {
    const { conversion, ...rest } = result
    io.out(`${JSON.stringify({ ...rest, cards: conversion.cards }, null, 2)}\n`)
  } else {
    io.err(
      `${result.action} ${result.status} post "${result.slug}" (${result.conversion.cards} html cards)\n`,
    )
    io.out(`${result.url}\n`)
  }
  return exitCodes.ok
}

async function snippet(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, out: { type: 'string' } },
  })
  if (positionals.length > 1) throw new UsageError('snippet takes one FILE.md')
  const file = positionals[0]
  const markdown = await readMarkdown(file)
  const name = values.name ?? basename(file!).replace(/\.(md|markdown)$/i, '')
  const json = `${JSON.stringify(snippetOf(name, markdown), null, 2)}\n`
  if (values.out) await writeFile(values.out, json)
  else io.out(json)
  return exitCodes.ok
}

async function enhancer(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      src: { type: 'string' },
      out: { type: 'string' },
      field: { type: 'string' },
      selector: { type: 'string' },
      instrument: { type: 'string' },
      kinds: { type: 'string' },
      'no-stylesheet': { type: 'boolean' },
    },
  })
  if (positionals.length > 0) throw new UsageError('enhancer takes no FILE')
  const options = {
    ...(values.selector ? { selector: values.selector } : {}),
    ...(values.instrument ? { instrument: values.instrument } : {}),
    ...(values.kinds ? { kinds: values.kinds } : {}),
    stylesheet: !values['no-stylesheet'],
  }
  if (values.out) {
    await writeFile(values.out, await enhancerScript())
    io.err(`wrote ${values.out}: host it and use --src with its URL\n`)
    if (!values.src) return exitCodes.ok
  }
  if (values.src && !/^(?:https?:\/\/|\/)/i.test(values.src))
    throw new UsageError('--src must be an http(s) URL or a path starting with /')
  if (values.field !== undefined && !['head', 'foot'].includes(values.field))
    throw new UsageError('--field must be head or foot')
  if (values.src) {
    if (values.field === 'head')
      throw new UsageError('--src needs only the Site footer: no --field head')
    io.out(`${enhancerTag(values.src, options)}\n`)
    io.err('Paste the tag into Ghost: Settings > Code injection > Site footer.\n')
    return exitCodes.ok
  }
  const parts = await enhancerInlineTags(options)
  if (values.field) {
    const key = values.field === 'head' ? 'codeinjection_head' : 'codeinjection_foot'
    const part = parts.find((candidate) => candidate.key === key)
    // A bundle small enough for one field leaves the Site header empty.
    io.out(`${part?.tag ?? ''}\n`)
    return exitCodes.ok
  }
  parts.forEach((part, index) => {
    io.out(
      `${index > 0 ? '\n' : ''}<!-- treatymark enhancer, part ${index + 1} of ${parts.length}: Settings > Code injection > ${part.field} -->\n${part.tag}\n`,
    )
  })
  io.err(
    `Paste ${parts.length > 1 ? 'each part into its field' : 'the tag'} in Ghost: Settings > Code injection (${parts.map((p) => p.field).join(', ')}).\n` +
      // Ghost keeps each field to 65,535 characters: say what is left for the owner's own code.
      `${parts.map((p) => `${p.field}: ${p.tag.length.toLocaleString('en')} characters, ${(fieldLimit - p.tag.length).toLocaleString('en')} left for your own code`).join('; ')} (or host the bundle and use --src).\n`,
  )
  return exitCodes.ok
}

/** Run the CLI; returns the exit status (never throws). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'publish') return await publish(rest, io)
    if (command === 'snippet') return await snippet(rest, io)
    if (command === 'enhancer') return await enhancer(rest, io)
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(usage)
      return exitCodes.ok
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command')
  } catch (error) {
    if (error instanceof GhostAdminError) {
      io.err(`treatymark-ghost: ${error.message}\n`)
      return exitCodes[error.code]
    }
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`treatymark-ghost: ${(error as Error).message}\n\n${usage}`)
      return exitCodes.usage
    }
    io.err(`treatymark-ghost: ${(error as Error).message}\n`)
    return error instanceof FileError ? exitCodes.usage : exitCodes.error
  }
}
