import type { ElementContent, Properties } from 'hast'
import type { Data, Parent, PhrasingContent } from 'mdast'
import type {} from 'mdast-util-directive'
import type {} from 'remark-rehype'
import type { Extraction, InstrumentId } from '../models/index.js'
import type { RenderOptions } from '../render/index.js'

/** What a treatymark node stands for. */
export type TreatymarkRole =
  | 'citation'
  | 'document'
  | 'state'
  | 'stateList'
  | 'credit'
  | 'creditPart'
  | 'invalid'
  | 'generated'

export interface TreatymarkData extends Data {
  hName?: string
  hProperties?: Properties
  hChildren?: ElementContent[]
  /** What this node marks up. */
  treatymark?: TreatymarkRole
}

/** Inline wrapper around the author's words (rendered through `data.hName`). */
export interface TreatymarkPhrasing extends Parent {
  type: 'treatymark'
  children: PhrasingContent[]
  data?: TreatymarkData
}

/** Caption of a figure made from an image and its credit line. */
export interface TreatymarkCaption extends Parent {
  type: 'treatymarkCaption'
  children: PhrasingContent[]
  data?: TreatymarkData
}

/**
 * An image followed by its credit line, as `<figure>`. `layout` remembers whether the credit
 * was in the image's paragraph (`'paragraph'`) or the next one (`'paragraphs'`), so the
 * markdown can be written back unchanged.
 */
export interface TreatymarkFigure extends Parent {
  type: 'treatymarkFigure'
  children: (PhrasingContent | TreatymarkCaption)[]
  data?: TreatymarkData & { layout?: 'paragraph' | 'paragraphs' }
}

/** Content treatymark adds (generated caption, "Instruments cited"): hast only, no markdown. */
export interface TreatymarkGenerated {
  type: 'treatymarkGenerated'
  data: TreatymarkData & { markdown?: string }
}

declare module 'mdast' {
  interface PhrasingContentMap {
    treatymark: TreatymarkPhrasing
    treatymarkGenerated: TreatymarkGenerated
  }
  interface BlockContentMap {
    treatymarkFigure: TreatymarkFigure
    treatymarkGenerated: TreatymarkGenerated
  }
  interface RootContentMap {
    treatymark: TreatymarkPhrasing
    treatymarkCaption: TreatymarkCaption
    treatymarkFigure: TreatymarkFigure
    treatymarkGenerated: TreatymarkGenerated
  }
}

declare module 'vfile' {
  interface DataMap {
    /**
     * Entities found by treatymark. Offsets index `treatymarkText`: the document's prose as
     * treatymark read it (blocks separated by blank lines, code and links left out).
     */
    treatymark: Extraction
    /** The text `treatymark` offsets refer to. */
    treatymarkText: string
    /** Map from `treatymarkText` offsets to the markdown source (see `sourceOffset`). */
    treatymarkSourceMap: number[]
  }
}

/** Options of the remark plugins (one object for the preset and every plugin). */
export interface RemarkTreatymarkOptions extends RenderOptions {
  /** Default instrument ("the Convention") when the front matter sets none. */
  instrument?: InstrumentId
  /** Also mark demonyms ("Austrian") as state mentions. */
  demonyms?: boolean
  /** Turn `:cite`, `:state`, `::states` and `:::credit` directives into markup (default `true`). */
  directives?: boolean
  /** Read `treaty:` (or `instrument:`) from YAML front matter (default `true`). */
  frontmatter?: boolean
  /**
   * Preset only: register remark-frontmatter and the syntax of treatymark's own directives
   * (remark-directive's grammar restricted to `:cite`, `:state`, `::states`, `:::credit`;
   * default `true`).
   */
  syntax?: boolean
  /** Turn an image followed by a credit line into `<figure>` + `<figcaption>` (default `true`). */
  figures?: boolean
  /**
   * Append an "Instruments cited" section (default `false`); `true`, or an object with the
   * heading text and depth.
   */
  instrumentsCited?: boolean | { heading?: string; depth?: 1 | 2 | 3 | 4 | 5 | 6 }
  /** Report extraction diagnostics as vfile messages (default `true`). */
  diagnostics?: boolean
  /**
   * `'console'`: also print each message on stderr (`path:line:column  severity  reason
   * treatymark:rule`), for hosts that do not show vfile messages, such as Astro. Default: none
   * (messages are in `file.messages`).
   */
  report?: 'console' | false | null
  /**
   * Write links into the markdown when serialising with remark-stringify (default `false`:
   * the markdown stays byte-for-byte what it was).
   */
  rewrite?: boolean
}

import type { PhrasingContent as Phrasing, RootContent } from 'mdast'
export type TextDirective = Extract<Phrasing, { type: 'textDirective' }>
export type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>
export type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>
export type Directive = TextDirective | LeafDirective | ContainerDirective
