import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { extract } from '../extract/index.js'
import type { Extraction, ExtractOptions, InstrumentId, Kind } from '../models/index.js'
import {
  collectIntervals,
  nestIntervals,
  resolveRenderOptions,
  type ResolvedRenderOptions,
} from '../render/index.js'
import { applyDirectives, isOurDirective, type DirectiveEntities } from './directives.js'
import { applyBlockCredits } from './figures.js'
import { frontmatterInstrument } from './frontmatter.js'
import { instrumentsCitedNode } from './instruments-cited.js'
import { applyForest, collectText, overlapsLocked } from './mdast.js'
import { createPositionMapper, report, sourceMapOf } from './messages.js'
import type { Directive, RemarkTreatymarkOptions, TreatymarkData } from './types.js'

/** Which directive names each kind handles. */
const directiveKinds: Record<string, Kind> = {
  cite: 'citations',
  state: 'states',
  states: 'stateLists',
  credit: 'credits',
}

/** Kinds each file has been processed for (so a second run keeps the first run's data). */
const processed = new WeakMap<VFile, Set<Kind>>()

export function emptyExtraction(): Extraction {
  return { citations: [], documents: [], states: [], stateLists: [], credits: [], diagnostics: [] }
}

function byStart<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end
}

/** Combine this run's results with those of an earlier plugin on the same file. */
function merge(
  previous: Extraction | undefined,
  next: Extraction,
  kinds: readonly Kind[],
): Extraction {
  if (!previous) return next
  const out: Extraction = {
    ...previous,
    diagnostics: [...previous.diagnostics, ...next.diagnostics],
  }
  for (const kind of kinds) (out as unknown as Record<Kind, unknown>)[kind] = next[kind]
  return out
}

/**
 * The transform shared by every plugin: read the prose once, extract once, then mark up the
 * entities of `kinds` inside the text nodes (see `applyForest`) and the directives of those
 * kinds.
 */
export function treatymarkTransform(
  tree: Root,
  file: VFile,
  settings: RemarkTreatymarkOptions,
  kinds: readonly Kind[],
): void {
  const render: ResolvedRenderOptions = resolveRenderOptions(settings)
  const wanted = new Set(kinds)
  render.enabled.citation &&= wanted.has('citations')
  render.enabled.document &&= wanted.has('documents')
  render.enabled.state &&= wanted.has('states')
  render.enabled.stateList &&= wanted.has('stateLists')
  render.enabled.credit &&= wanted.has('credits')

  let instrument: InstrumentId | undefined = settings.instrument
  if (settings.frontmatter !== false) instrument = frontmatterInstrument(tree, file) ?? instrument

  const directives: Directive[] = []
  if (settings.directives !== false) {
    const find = (node: Nodes): void => {
      if (isOurDirective(node)) {
        const kind = directiveKinds[node.name]
        const done = (node.data as TreatymarkData | undefined)?.treatymark !== undefined
        if (kind && wanted.has(kind) && !done) directives.push(node)
        return
      }
      if ('children' in node) for (const child of node.children as Nodes[]) find(child)
    }
    find(tree)
  }
  const pending = new Set<Nodes>(directives)
  const collected = collectText(tree, (node) => pending.has(node), render.classPrefix)

  const extractOptions: ExtractOptions = { kinds: [...kinds] }
  if (instrument) extractOptions.instrument = instrument
  if (settings.demonyms) extractOptions.demonyms = true
  let extraction: Extraction
  try {
    extraction = extract(collected.text, extractOptions)
  } catch (error) {
    report(
      file,
      `treatymark could not read this document: ${(error as Error).message}`,
      tree.position?.start,
      'internal-error',
      'error',
    )
    extraction = emptyExtraction()
  }

  const fromDirectives: DirectiveEntities = applyDirectives(
    directives,
    collected,
    instrument,
    render,
    file,
  )

  // Entities inside markup that already exists (directives, an earlier run) are not ours to add.
  const free = <T extends { start: number; end: number }>(list: readonly T[] | undefined): T[] =>
    (list ?? []).filter((e) => !overlapsLocked(collected, e.start, e.end))
  const found: Extraction = {
    citations: free(extraction.citations),
    documents: free(extraction.documents),
    states: free(extraction.states),
    stateLists: free(extraction.stateLists),
    credits: free(extraction.credits),
    diagnostics: free(extraction.diagnostics),
  }

  if (settings.diagnostics !== false && found.diagnostics.length > 0) {
    const pointAt = createPositionMapper(collected, String(file.value ?? ''))
    for (const diagnostic of found.diagnostics) {
      const start = pointAt(diagnostic.start)
      const end = pointAt(Math.max(diagnostic.start, diagnostic.end - 1))
      const place =
        start && end
          ? {
              start,
              end: {
                ...end,
                column: end.column + 1,
                offset: end.offset === undefined ? undefined : end.offset + 1,
              },
            }
          : start
      report(file, diagnostic.message, place, diagnostic.ruleId, diagnostic.severity)
    }
  }

  // Before the tree changes: where each piece of the text is in the markdown source.
  const sourceMap = sourceMapOf(collected)
  const forest = nestIntervals(collectIntervals(collected.text, found, render))
  const blockApplied = applyBlockCredits(
    collected.text,
    forest,
    collected,
    render,
    settings.figures !== false,
  )
  applyForest(forest, collected, render, blockApplied)

  const result: Extraction = {
    citations: [...found.citations, ...fromDirectives.citations].sort(byStart),
    documents: found.documents,
    states: [...found.states, ...fromDirectives.states].sort(byStart),
    stateLists: [...found.stateLists, ...fromDirectives.stateLists].sort(byStart),
    credits: [...found.credits, ...fromDirectives.credits].sort(byStart),
    diagnostics: found.diagnostics,
  }
  // A second run over the same file (the preset used twice) finds its own markup locked and
  // nothing new: keep what the first run recorded, with the offsets of its text.
  let done = processed.get(file)
  if (!done) processed.set(file, (done = new Set()))
  if (!kinds.every((kind) => done.has(kind)) || !file.data.treatymark) {
    file.data.treatymark = merge(file.data.treatymark, result, kinds)
    file.data.treatymarkText = collected.text
    file.data.treatymarkSourceMap = sourceMap
    for (const kind of kinds) done.add(kind)
  }

  if (settings.instrumentsCited && wanted.has('citations')) {
    const config = typeof settings.instrumentsCited === 'object' ? settings.instrumentsCited : {}
    const already = tree.children.some(
      (node) =>
        node.type === 'treatymarkGenerated' &&
        node.data.hProperties?.className?.toString().includes('instruments-cited'),
    )
    const node = already
      ? null
      : instrumentsCitedNode(
          result.citations,
          render,
          config.heading ?? 'Instruments cited',
          config.depth ?? 2,
        )
    if (node) tree.children.push(node)
  }
}
