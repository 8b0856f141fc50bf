/** One hostile input. */
export interface Payload {
  /** 1-based, stable while the list only grows at the end of a category. */
  readonly id: number
  readonly category:
    'filter-evasion' | 'scheme' | 'breakout' | 'svg-mathml' | 'data-url' | 'markdown'
  readonly value: string
  /** Meant to be read as a URL (put it in href/src positions too). */
  readonly url: boolean
}

/** Every payload (at least 250). */
export declare const payloads: readonly Payload[]
/** The payloads meant as URLs. */
export declare const urlPayloads: readonly Payload[]

/** Elements a renderer must never emit. */
export declare const forbiddenElements: ReadonlySet<string>
/** Attributes holding a URL a browser may load or navigate to. */
export declare const urlAttributes: ReadonlySet<string>

/** Why `value` is an unsafe URL for `element[attribute]` after browser URL parsing, or null. */
export declare function urlProblem(
  value: string,
  attribute?: string,
  element?: string,
): string | null
/** Every injection found in `html` (parsed with parse5, as a browser would): empty when clean. */
export declare function findInjections(html: string): string[]
/** Throw an Error listing the injections in `html`. */
export declare function assertNoInjection(html: string, label?: string): void
