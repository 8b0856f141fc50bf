import type {
  Citation,
  DocumentReference,
  ImageCredit,
  StateList,
  StateMention,
} from '../models/index.js'

/** The kinds of entity the renderer marks up. */
export type EntityKind = 'citation' | 'document' | 'state' | 'stateList' | 'credit'

/** Entity shape for each kind. */
export interface EntityByKind {
  citation: Citation
  document: DocumentReference
  state: StateMention
  stateList: StateList
  credit: ImageCredit
}

export type Entity = EntityByKind[EntityKind]

/**
 * Decide the link of an entity, like remark-github's `buildUrl`.
 * Return a URL string to use it, `false` for no link, or `null`/`undefined` for the default
 * (`defaultUrl`, which is `undefined` where the kind has none by default, e.g. states).
 * Whatever is returned, only `http:` and `https:` URLs are emitted.
 */
export type BuildUrl = (
  entity: Entity,
  kind: EntityKind,
  defaultUrl: string | undefined,
) => string | false | null | undefined

/** Options of the renderer (shared by `renderText`, `renderHtml` and the remark plugins). */
export interface RenderOptions {
  /** Customise or remove links (see {@link BuildUrl}). */
  buildUrl?: BuildUrl | null
  /** Mark up treaty citations (default `true`). */
  citations?: boolean
  /** Mark up UN document symbols (default `true`). */
  documents?: boolean
  /** Mark up state mentions (default `true`). */
  states?: boolean
  /** Wrap lists of states (default `true`). */
  stateLists?: boolean
  /** Mark up image credits (default `true`). */
  credits?: boolean
  /** Prefix of every class name (default `'tm-'`). */
  classPrefix?: string
  /**
   * Add `data-card-name` / `data-card-detail` to citations so `style.css` can show a hover and
   * focus card without JavaScript (default `true`).
   */
  cards?: boolean
}

/** Options with defaults applied. */
export interface ResolvedRenderOptions {
  buildUrl: BuildUrl | null
  enabled: Record<EntityKind, boolean>
  classPrefix: string
  cards: boolean
}

export function resolveRenderOptions(
  options: RenderOptions | null | undefined,
): ResolvedRenderOptions {
  const o = options ?? {}
  return {
    buildUrl: o.buildUrl ?? null,
    enabled: {
      citation: o.citations !== false,
      document: o.documents !== false,
      state: o.states !== false,
      stateList: o.stateLists !== false,
      credit: o.credits !== false,
    },
    classPrefix: typeof o.classPrefix === 'string' ? o.classPrefix : 'tm-',
    cards: o.cards !== false,
  }
}
