import type { Link, Nodes, Paragraph, Parents, Root } from 'mdast'
import type { Options as ToMarkdownExtension, State, Info } from 'mdast-util-to-markdown'
import type {
  TreatymarkCaption,
  TreatymarkFigure,
  TreatymarkGenerated,
  TreatymarkPhrasing,
} from './types.js'

/**
 * How treatymark's nodes are written back to markdown. By default exactly as they were read
 * (wrappers are transparent, figures become their paragraphs again, generated content is
 * left out); with `rewrite`, links become markdown links and generated sections are written.
 */
export function treatymarkToMarkdown(rewrite: boolean): ToMarkdownExtension {
  return {
    handlers: {
      treatymark(node: TreatymarkPhrasing, parent: Parents | undefined, state: State, info: Info) {
        const href = node.data?.hProperties?.href
        if (rewrite && node.data?.hName === 'a' && typeof href === 'string') {
          const title = node.data.hProperties?.title
          const link: Link = {
            type: 'link',
            url: href,
            title: typeof title === 'string' ? title : null,
            children: node.children,
          }
          return state.handle(link, parent, state, info)
        }
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
        const data = node.data as
          (TreatymarkFigure['data'] & { originals?: Paragraph[] }) | undefined
        const caption = node.children.find((c) => c.type === 'treatymarkCaption') as
          TreatymarkCaption | undefined
        const media = node.children.filter(
          (c) => c.type !== 'treatymarkCaption',
        ) as Paragraph['children']
        const captionChildren = caption?.children ?? []
        const originals = data?.originals ?? []
        if (data?.layout === 'paragraph') {
          const paragraph: Paragraph = {
            ...(originals[0] ?? { type: 'paragraph' }),
            children: [...media, ...captionChildren],
          }
          return state.handle(paragraph, parent, state, info)
        }
        const root: Root = {
          type: 'root',
          children: [
            { ...(originals[0] ?? { type: 'paragraph' }), children: media },
            { ...(originals[1] ?? { type: 'paragraph' }), children: captionChildren },
          ],
        }
        return state.containerFlow(root, info)
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
