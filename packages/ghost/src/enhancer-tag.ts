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

/**
 * The whole enhancer as one inline `<script>` to paste into Settings > Code injection (packed to
 * fit Ghost's 65,535 characters; it needs no URL and makes no request). `script` is the packed
 * tag (`dist/enhancer-inline.html`), read from the package when not given.
 */
export async function enhancerInlineTag(
  options: EnhancerTagOptions = {},
  script?: string,
): Promise<string> {
  const tag = script ?? (await readBuilt('enhancer-inline.html'))
  return tag.replace(
    '<script data-treatymark-enhancer>',
    `<script data-treatymark-enhancer${attributeText(dataAttributes(options))}>`,
  )
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
