/**
 * The changing half of a `TreeAdapter` for unist trees (hast in `markupHast`, mdast in the remark
 * plugins): cuts, wraps and replacements are recorded first and made in one pass per parent by
 * `flush`, so marking up stays linear however many entities a parent holds.
 */
import type { Element, ElementContent } from 'hast'
import type { Node, Parent } from 'unist'
import type { Interval } from './intervals.js'
import type { TreeAdapter } from './tree-engine.js'

interface UnistText extends Node {
  value: string
}

/** What a unist adapter says of its tree; the rest of `TreeAdapter` is shared. */
export interface UnistRules<N extends Node> {
  read(node: N, locked: boolean): number
  canWrapIn(node: N): boolean
  insideLink(node: N, parents: Map<N, N>): boolean
  /** The node that wraps entity words, made from the renderer's element (no children yet). */
  wrapper(element: Element, interval: Interval): N & Parent
  /** The renderer's hast as nodes of this tree. */
  convert(nodes: ElementContent[]): N[]
}

/** A wrapper to make, from the first to the last child it takes. */
interface Wrap<N> {
  from: N
  to: N
  wrapper: N & Parent
}

/** The edits recorded since the last `flush`. */
interface Edits<N> {
  /** Parents with edits, each with the wrappers to make in it (disjoint, maybe none). */
  wraps: Map<N, Wrap<N>[]>
  /** New nodes to put right after an existing child, in order. */
  after: Map<N, N[]>
  /** Text nodes to replace. */
  replace: Map<N, N[]>
}

const noEdits = <N>(): Edits<N> => ({ wraps: new Map(), after: new Map(), replace: new Map() })

/**
 * A `TreeAdapter` for a unist tree whose parents are kept in a map. The map is kept up to date
 * for every node the engine may still read; the nodes a replacement puts in are final (the
 * engine's last step) and are not recorded.
 */
export function unistAdapter<N extends Node, T extends N & UnistText>(
  rules: UnistRules<N>,
  parents: Map<N, N> = new Map(),
): TreeAdapter<N, T> {
  let edits = noEdits<N>()
  const wrapsOf = (parent: N): Wrap<N>[] => {
    let list = edits.wraps.get(parent)
    if (!list) edits.wraps.set(parent, (list = []))
    return list
  }
  const childrenOf = (node: N): N[] => ((node as Partial<Parent>).children ?? []) as N[]
  return {
    parents,
    read: (node, locked) => rules.read(node, locked),
    children: childrenOf,
    value: (node) => node.value,
    parent: (node) => parents.get(node),
    canWrapIn: (node) => rules.canWrapIn(node),
    insideLink: (node) => rules.insideLink(node, parents),
    split(parent, node, at) {
      const rest = { type: 'text', value: node.value.slice(at) } as T
      node.value = node.value.slice(0, at)
      // Before anything recorded after `node` earlier (cuts are made right to left).
      wrapsOf(parent)
      const list = edits.after.get(node)
      if (list) list.unshift(rest)
      else edits.after.set(node, [rest])
      return rest
    },
    wrap(parent, from, to, element, interval) {
      wrapsOf(parent).push({ from, to, wrapper: rules.wrapper(element, interval) })
    },
    replace(parent, node, nodes) {
      wrapsOf(parent)
      edits.replace.set(node, rules.convert(nodes))
    },
    flush() {
      const own = edits
      edits = noEdits()
      own.wraps.forEach((wraps, parent) => apply(parent, wraps, own, parents, childrenOf(parent)))
    },
  }
}

/**
 * Make the recorded edits of one parent in a single pass over its children (in place). Only
 * nodes that get a new parent are written to `parents`: nodes added after a child and nodes
 * moved into a wrapper (not replacements, see `unistAdapter`); the other children were recorded
 * under this parent already.
 */
function apply<N extends Node>(
  parent: N,
  wraps: readonly Wrap<N>[],
  edits: Edits<N>,
  parents: Map<N, N>,
  children: N[],
): void {
  const { after, replace } = edits
  const wrapsByStart = wraps.length > 0 ? new Map(wraps.map((wrap) => [wrap.from, wrap])) : null
  const next: N[] = []
  let open: Wrap<N> | undefined
  const place = (node: N, moved: boolean): void => {
    if (!open && wrapsByStart) {
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
      if (moved) parents.set(node, parent)
    }
  }
  for (const child of children) {
    const replacement = replace.size > 0 ? replace.get(child) : undefined
    if (replacement) for (const node of replacement) place(node, false)
    else place(child, false)
    const added = after.size > 0 ? after.get(child) : undefined
    if (added) for (const node of added) place(node, true)
  }
  children.length = 0
  for (const node of next) children.push(node)
}
