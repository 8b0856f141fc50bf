import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { parse } from 'yaml'
import type { InstrumentId } from '../models/index.js'
import { findInstrument, getInstrument } from '../registry/instruments.js'
import { report } from './messages.js'

function fromValue(value: unknown): InstrumentId | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  return (getInstrument(value.trim().toLowerCase()) ?? findInstrument(value.trim()))?.id
}

/**
 * Front matter that a host parsed before remark saw the document: Astro
 * (`file.data.astro.frontmatter`, .md and .mdx), Docusaurus (`file.data.frontMatter`) and
 * vfile-matter (`file.data.matter`).
 */
function hostFrontmatter(file: VFile): unknown {
  const data = file.data as Record<string, unknown>
  const astro = data.astro
  if (astro && typeof astro === 'object') {
    const frontmatter = (astro as Record<string, unknown>).frontmatter
    if (frontmatter && typeof frontmatter === 'object') return frontmatter
  }
  if (data.frontMatter && typeof data.frontMatter === 'object') return data.frontMatter
  return data.matter
}

/**
 * The default instrument of a post from its YAML front matter (`treaty: apmbt`, or
 * `instrument:`; ids, abbreviations and names are accepted), else from the front matter a host
 * parsed (see `hostFrontmatter`), else `undefined`. An unknown value is reported, not guessed.
 */
export function frontmatterInstrument(tree: Root, file: VFile): InstrumentId | undefined {
  const yamlNode = tree.children.find((node) => node.type === 'yaml')
  let data: unknown
  if (yamlNode && yamlNode.type === 'yaml') {
    try {
      data = parse(yamlNode.value, { maxAliasCount: 10 })
    } catch (error) {
      report(
        file,
        `Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
        yamlNode.position,
        'invalid-frontmatter',
        'warning',
      )
      return undefined
    }
  } else {
    data = hostFrontmatter(file)
  }
  if (!data || typeof data !== 'object') return undefined
  const record = data as Record<string, unknown>
  const value = record.treaty ?? record.instrument
  if (value === undefined || value === null) return undefined
  const id = fromValue(value)
  if (!id)
    report(
      file,
      `Unknown instrument \`${String(value).slice(0, 60)}\` in front matter`,
      yamlNode?.position,
      'unknown-instrument',
      'warning',
    )
  return id
}
