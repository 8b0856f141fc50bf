import type { Link, Nodes, Paragraph, Parents, Root, RootContent, Text } from 'mdast'
import type { Info, Options as ToMarkdownExtension, State } from 'mdast-util-to-markdown'
import type {
  TreatymarkCaption,
  TreatymarkFigure,
  TreatymarkGenerated,
  TreatymarkPhrasing,
} from './types.js'

type FigureData = TreatymarkFigure['data'] & { originals?: Paragraph[] }

// As mdast-util-phrasing (html is not phrasing at the root: it is a block there).
const phrasingTypes = new Set([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'image',
  'imageReference',
  'inlineCode',
  'inlineMath',
  'link',
  'linkReference',
  'strong',
  'text',
  'textDirective',
  'treatymark',
])

function isTreatymark(node: Nodes): boolean {
  return (
    node.type === 'treatymark' ||
    node.type === 'treatymarkCaption' ||
    node.type === 'treatymarkFigure' ||
    node.type === 'treatymarkGenerated'
  )
}

/** The paragraphs a figure was made from, with their current (unwrapped) children. */
function figureParagraphs(node: TreatymarkFigure): Paragraph[] {
  const data = node.data as FigureData | undefined
  const caption = node.children.find((c) => c.type === 'treatymarkCaption') as
    TreatymarkCaption | undefined
  const media = node.children.filter((c) => c.type !== 'treatymarkCaption') as Paragraph['children']
  const captionChildren = caption?.children ?? []
  const originals = data?.originals ?? []
  const base = (index: number): Paragraph => ({
    ...(originals[index] ?? { type: 'paragraph', children: [] }),
    children: [],
  })
  if (data?.layout === 'paragraph')
    return [{ ...base(0), children: [...media, ...captionChildren] }]
  return [
    { ...base(0), children: media },
    { ...base(1), children: captionChildren },
  ]
}

/**
 * The tree as it was before treatymark: wrappers replaced by their children (adjacent text
 * merged again), figures by their paragraphs, generated content left out. With `rewrite`,
 * linked wrappers become mdast links and generated sections stay (written as markdown).
 * Copies only the paths that change.
 */
function unwrap(node: Nodes, rewrite: boolean): Nodes[] {
  if (node.type === 'treatymark') {
    const children = unwrapChildren(node.children as Nodes[], rewrite)
    const href = node.data?.hProperties?.href
    if (rewrite && node.data?.hName === 'a' && typeof href === 'string') {
      const title = node.data.hProperties?.title
      const link: Link = {
        type: 'link',
        url: href,
        title: typeof title === 'string' ? title : null,
        children: children as Link['children'],
      }
      return [link]
    }
    return children
  }
  if (rewrite && node.type === 'textDirective') {
    // A `:cite` (or `:state` with a link) becomes a markdown link too.
    const data = node.data as TreatymarkPhrasing['data']
    const href = data?.hProperties?.href
    if (data?.treatymark && data.hName === 'a' && typeof href === 'string') {
      const title = data.hProperties?.title
      const link: Link = {
        type: 'link',
        url: href,
        title: typeof title === 'string' ? title : null,
        children: unwrapChildren(node.children as Nodes[], rewrite) as Link['children'],
      }
      return [link]
    }
  }
  if (node.type === 'treatymarkCaption') return unwrapChildren(node.children as Nodes[], rewrite)
  if (node.type === 'treatymarkFigure')
    return figureParagraphs(node).flatMap((paragraph) => unwrap(paragraph, rewrite))
  if (node.type === 'treatymarkGenerated') return rewrite ? [node] : []
  if (!('children' in node)) return [node]
  const children = node.children as Nodes[]
  if (!children.some((child) => isTreatymark(child) || 'children' in child)) return [node]
  const next = unwrapChildren(children, rewrite)
  const same = next.length === children.length && next.every((child, i) => child === children[i])
  return [same ? node : ({ ...node, children: next } as Nodes)]
}

function unwrapChildren(children: readonly Nodes[], rewrite: boolean): Nodes[] {
  const out: Nodes[] = []
  let changed = false
  for (const child of children) {
    const replaced = unwrap(child, rewrite)
    if (replaced.length !== 1 || replaced[0] !== child) changed = true
    for (const node of replaced) {
      const previous = out[out.length - 1]
      // The parser never leaves two text nodes side by side; splitting did, so join them.
      if (node.type === 'text' && previous?.type === 'text' && (changed || previous !== child)) {
        out[out.length - 1] = {
          ...(previous as Text),
          value: (previous as Text).value + node.value,
        }
        continue
      }
      out.push(node)
    }
  }
  return out
}

/**
 * How treatymark's nodes are written back to markdown. The root handler serialises the tree
 * as it was before treatymark (see `unwrap`), so the markdown is byte-for-byte what it would be
 * without the plugins; the other handlers are fallbacks for serialising a subtree on its own.
 */
export function treatymarkToMarkdown(rewrite: boolean): ToMarkdownExtension {
  return {
    handlers: {
      root(node: Root, _parent: Parents | undefined, state: State, info: Info) {
        const flat = unwrap(node, rewrite)[0] as Root
        // As mdast-util-to-markdown's own root handler: phrasing children are joined inline.
        const phrasing = flat.children.some((child: RootContent) => phrasingTypes.has(child.type))
        return phrasing
          ? state.containerPhrasing(flat as never, info)
          : state.containerFlow(flat, info)
      },
      treatymark(node: TreatymarkPhrasing, parent: Parents | undefined, state: State, info: Info) {
        const [replacement] = unwrap(node, rewrite)
        if (rewrite && replacement?.type === 'link')
          return state.handle(replacement, parent, state, info)
        return state.containerPhrasing(node as never, info)
      },
      treatymarkCaption(
        node: TreatymarkCaption,
        _parent: Parents | undefined,
        state: State,
        info: Info,
      ) {
        return state.containerPhrasing(node as never, info)
      },
      treatymarkFigure(
        node: TreatymarkFigure,
        parent: Parents | undefined,
        state: State,
        info: Info,
      ) {
        const paragraphs = figureParagraphs(node)
        if (paragraphs.length === 1) return state.handle(paragraphs[0]!, parent, state, info)
        return state.containerFlow({ type: 'root', children: paragraphs }, info)
      },
      treatymarkGenerated(node: TreatymarkGenerated) {
        return rewrite && node.data.markdown ? node.data.markdown : ''
      },
    } as unknown as ToMarkdownExtension['handlers'],
    join: [
      (_left: Nodes, right: Nodes) =>
        !rewrite && right.type === 'treatymarkGenerated' ? 0 : undefined,
    ] as unknown as ToMarkdownExtension['join'],
  }
}
