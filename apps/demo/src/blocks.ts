// The preview is updated block by block: the worker cuts the rendered tree into blocks (plain
// text at blank lines, markdown at top-level elements) and the page replaces only the blocks that
// changed, so a keystroke in a 5,000-word text touches one paragraph of the DOM, not all of them.
import { hastToHtml } from '@treatymark/core'
import type { Root, RootContent } from 'hast'

/**
 * Top-level nodes in blocks. Plain text (`split: 'blank-lines'`): a text node is cut after each run
 * of blank lines, so the blocks' text, joined, is exactly the source. Markdown (`'elements'`):
 * one block per top-level element, white space joining the block before it.
 */
export function splitBlocks(root: Root, split: 'blank-lines' | 'elements'): RootContent[][] {
  const blocks: RootContent[][] = []
  let current: RootContent[] = []
  const flush = (): void => {
    if (current.length) blocks.push(current)
    current = []
  }
  for (const node of root.children) {
    if (split === 'elements') {
      if (node.type === 'element') flush()
      current.push(node)
      continue
    }
    if (node.type !== 'text') {
      current.push(node)
      continue
    }
    const parts = node.value.split(/(?<=\n[^\S\n]*\n\s*)(?=\S)/)
    parts.forEach((value, i) => {
      if (i > 0) flush()
      current.push({ type: 'text', value })
    })
    // A text node that ends in a blank line closes its block before the next element.
    if (/\n[^\S\n]*\n\s*$/.test(node.value)) flush()
  }
  flush()
  return blocks
}

export function blocksHtml(root: Root, split: 'blank-lines' | 'elements'): string[] {
  return splitBlocks(root, split).map((nodes) => hastToHtml(nodes))
}

/** Which blocks to replace: keep the common prefix and suffix, swap the middle. */
export function blockPatch(
  before: readonly string[],
  after: readonly string[],
): { prefix: number; suffix: number } {
  const shortest = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++
  let suffix = 0
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++
  return { prefix, suffix }
}
