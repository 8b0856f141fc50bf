/** The `<script>` tag an owner pastes into Ghost's code injection to load the enhancer. */
import { readFile } from 'node:fs/promises'

export interface EnhancerTagOptions {
  /** Containers to mark up (default `.gh-content`). */
  selector?: string
  /** Default instrument for "the Convention". */
  instrument?: string
  /** Kinds to mark up, comma-separated or a list. */
  kinds?: string | readonly string[]
  /** Add the stylesheet (default `true`). */
  stylesheet?: boolean
  /** Hover cards on citations (default `true`). */
  cards?: boolean
  /** Mark demonyms as states (default `false`). */
  demonyms?: boolean
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

function dataAttributes(options: EnhancerTagOptions): [string, string][] {
  const attributes: [string, string][] = []
  if (options.selector) attributes.push(['data-selector', options.selector])
  if (options.instrument) attributes.push(['data-instrument', options.instrument])
  if (options.kinds)
    attributes.push([
      'data-kinds',
      typeof options.kinds === 'string' ? options.kinds : options.kinds.join(','),
    ])
  if (options.stylesheet === false) attributes.push(['data-stylesheet', 'false'])
  if (options.cards === false) attributes.push(['data-cards', 'false'])
  if (options.demonyms) attributes.push(['data-demonyms', 'true'])
  return attributes
}

const attributeText = (attributes: [string, string][]): string =>
  attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')

/**
 * `<script src="…" data-…></script>` for the enhancer served from `src` (your own host or a
 * CDN that serves npm packages as JavaScript). Ghost's own file uploads are served as
 * `text/plain` with `nosniff`, so browsers will not run them from there.
 */
export function enhancerTag(src: string, options: EnhancerTagOptions = {}): string {
  if (/^\s*(?:javascript|data|vbscript):/i.test(src))
    throw new RangeError('enhancerTag: src must be an http(s) URL or a path')
  return `<script src="${escapeAttribute(src)}" data-treatymark-enhancer${attributeText(dataAttributes(options))}></script>`
}

/** One tag of the inline enhancer and the code injection field it goes into. */
export interface EnhancerInlinePart {
  /** Ghost's setting: `codeinjection_head` (Site header) or `codeinjection_foot` (Site footer). */
  readonly key: 'codeinjection_head' | 'codeinjection_foot'
  /** The field's name in Settings > Code injection. */
  readonly field: 'Site header' | 'Site footer'
  /** What to paste into it (ASCII only). */
  readonly tag: string
}

/**
 * The whole enhancer inline, with no URL and no request: the tags to paste into Settings > Code
 * injection, in order. The bundle travels deflated, in base 91, in data blocks; the loader (in the
 * Site footer part) joins them, inflates and runs them. Each part is ASCII and well under Ghost's
 * 65,535 characters, which MySQL counts in bytes; while the bundle is too big for one field, the
 * data is split between Site header and Site footer. `parts` is the packed build
 * (`dist/enhancer-parts.json`), read from the package when not given.
 */
export async function enhancerInlineTags(
  options: EnhancerTagOptions = {},
  parts?: readonly EnhancerInlinePart[],
): Promise<EnhancerInlinePart[]> {
  const packed =
    parts ?? (JSON.parse(await readBuilt('enhancer-parts.json')) as EnhancerInlinePart[])
  return packed.map((part) => ({
    ...part,
    tag: part.tag.replace(
      '<script data-treatymark-enhancer>',
      `<script data-treatymark-enhancer${attributeText(dataAttributes(options))}>`,
    ),
  }))
}

async function readBuilt(name: string): Promise<string> {
  try {
    return await readFile(new URL(`./${name}`, import.meta.url), 'utf8')
  } catch {
    return readFile(new URL(`../dist/${name}`, import.meta.url), 'utf8')
  }
}

/** The built enhancer bundle (`dist/enhancer.js`), to host yourself. */
export function enhancerScript(): Promise<string> {
  return readBuilt('enhancer.js')
}
