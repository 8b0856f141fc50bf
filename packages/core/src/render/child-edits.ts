/**
 * Batched changes to a parent's children, for any unist tree (hast in `markupHast`, mdast in the
 * remark plugins): new siblings after existing children, and runs of children moved into a
 * wrapper. Recorded first, applied in one pass per parent, so marking up stays linear.
 */
import type { Node, Parent } from 'unist'

export interface ChildEdits<N extends Node, W extends Parent> {
  /** New nodes to put right after an existing child, in order. */
  after: Map<N, N[]>
  /** Wrappers to make, from the first to the last child they take (disjoint). */
  wraps: { from: N; to: N; wrapper: W }[]
}

/** Record `node` right after `anchor` (before anything recorded there earlier). */
export function insertAfter<N extends Node>(
  edits: ChildEdits<N, Parent>,
  anchor: N,
  node: N,
): void {
  const list = edits.after.get(anchor)
  if (list) list.unshift(node)
  else edits.after.set(anchor, [node])
}

/**
 * Apply the recorded edits of one parent in a single pass over its children, keeping `parents`
 * (child -> parent) up to date. The children array is changed in place.
 */
export function applyChildEdits<N extends Node, P extends Parent, W extends Parent>(
  parent: P,
  edits: ChildEdits<N, W>,
  parents: Map<N | W, P | W>,
): void {
  const expanded: N[] = []
  for (const child of parent.children as N[]) {
    expanded.push(child)
    const added = edits.after.get(child)
    if (added) for (const node of added) expanded.push(node)
  }
  const wrapsByStart = new Map(edits.wraps.map((wrap) => [wrap.from, wrap]))
  const next: (N | W)[] = []
  let open: ChildEdits<N, W>['wraps'][number] | undefined
  for (const node of expanded) {
    if (!open) {
      open = wrapsByStart.get(node)
      if (open) {
        next.push(open.wrapper)
        parents.set(open.wrapper, parent)
      }
    }
    if (open) {
      ;(open.wrapper.children as Node[]).push(node)
      parents.set(node, open.wrapper)
      if (node === open.to) open = undefined
    } else {
      next.push(node)
      parents.set(node, parent)
    }
  }
  const children = parent.children as Node[]
  children.length = 0
  for (const node of next) children.push(node)
}
