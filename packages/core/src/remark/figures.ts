import type { Nodes, Paragraph, Parent } from 'mdast'
import {
  figureElement,
  intervalElement,
  type NestedInterval,
  type ResolvedRenderOptions,
} from '../render/index.js'
import { GAP, overlapsLocked, segmentAt, type Collected } from './mdast.js'
import { loneImage } from './directives.js'
import type { TreatymarkCaption, TreatymarkData, TreatymarkFigure } from './types.js'

function enclosingParagraph(node: Nodes, parents: Map<Nodes, Parent>): Paragraph | null {
  let current: Nodes | undefined = node
  for (let depth = 0; current && depth < 6; depth++) {
    if (current.type === 'paragraph') return current
    current = parents.get(current) as Nodes | undefined
  }
  return null
}

/**
 * Credit lines that are a paragraph of their own become `<p class="tm-credit">`; after an image
 * (in the previous paragraph, or earlier in the same one) they become the `<figcaption>` of a
 * `<figure>`. Returns the credit intervals applied this way (their parts are still wrapped
 * inline by `applyForest`).
 */
export function applyBlockCredits(
  text: string,
  forest: readonly NestedInterval[],
  collected: Collected,
  options: ResolvedRenderOptions,
  figures: boolean,
): Set<NestedInterval> {
  const applied = new Set<NestedInterval>()
  for (const nested of forest) {
    const { interval } = nested
    if (interval.kind !== 'credit') continue
    const index = segmentAt(collected.segments, interval.start)
    const segment = collected.segments[index]
    if (!segment || segment.locked) continue
    const paragraph = enclosingParagraph(segment.node, collected.parents)
    const range = paragraph ? collected.paragraphs.get(paragraph) : undefined
    const parent = paragraph ? collected.parents.get(paragraph) : undefined
    if (!paragraph || !range || !parent) continue
    if (overlapsLocked(collected, range.start, range.end)) continue
    const before = text.slice(range.start, interval.start)
    const after = text.slice(interval.end, range.end)
    if (after.trim() !== '') continue
    const leadingImage = before.trim() === GAP && paragraph.children[0]?.type === 'image'
    if (before.trim() !== '' && !leadingImage) continue

    const position = parent.children.indexOf(paragraph as never)
    const previous = position > 0 ? (parent.children[position - 1] as Nodes) : undefined
    const previousImage = previous && !leadingImage ? loneImage(previous) : null
    if (figures && (leadingImage || previousImage)) {
      const element = intervalElement(interval, [], options, { creditTag: 'figcaption' })
      const figureHast = figureElement(options)
      const captionChildren = leadingImage ? paragraph.children.slice(1) : paragraph.children
      const caption: TreatymarkCaption = {
        type: 'treatymarkCaption',
        data: { hName: element.tagName, hProperties: element.properties, treatymark: 'credit' },
        children: captionChildren,
      }
      const imageChildren = leadingImage
        ? paragraph.children.slice(0, 1)
        : (previous as Paragraph).children
      const originals = leadingImage ? [paragraph] : [previous as Paragraph, paragraph]
      const figure: TreatymarkFigure = {
        type: 'treatymarkFigure',
        data: {
          hName: figureHast.tagName,
          hProperties: figureHast.properties,
          treatymark: 'generated',
          layout: leadingImage ? 'paragraph' : 'paragraphs',
          originals,
        } as TreatymarkData & { layout: 'paragraph' | 'paragraphs' },
        children: [...imageChildren, caption],
      }
      const startPosition = originals[0]!.position
      const endPosition = paragraph.position
      if (startPosition && endPosition)
        figure.position = { start: startPosition.start, end: endPosition.end }
      const from = leadingImage ? position : position - 1
      parent.children.splice(from, originals.length, figure as never)
      collected.parents.set(figure, parent)
      collected.parents.set(caption, figure as never)
      for (const child of imageChildren) collected.parents.set(child, figure as never)
      for (const child of captionChildren) collected.parents.set(child, caption)
    } else {
      const element = intervalElement(interval, [], options, { creditTag: 'p' })
      paragraph.data = {
        ...(paragraph.data ?? {}),
        hName: element.tagName,
        hProperties: element.properties,
        treatymark: 'credit',
      } as never
    }
    applied.add(nested)
  }
  return applied
}
