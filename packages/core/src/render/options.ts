import { rules } from '../data/rules.js'
import { checkUrl } from './url.js'
import type {
  Citation,
  Diagnostic,
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
  /**
   * Called with each problem the renderer works around instead of throwing: a `buildUrl` that
   * throws or returns something unsafe (`invalid-url`, `build-url-error`), a malformed entry of a
   * hand-made extraction (`invalid-entity`), an option value of the wrong type (`invalid-option`,
   * default used). Positions index the text rendered (0 for option problems).
   */
  onDiagnostic?: ((diagnostic: Diagnostic) => void) | null
}

/** Options with defaults applied. */
export interface ResolvedRenderOptions {
  buildUrl: BuildUrl | null
  enabled: Record<EntityKind, boolean>
  classPrefix: string
  cards: boolean
  /** Where the renderer's diagnostics go (`onDiagnostic`; a no-op without one). */
  report: Reporter
}

/** The rule ids of the renderer's own diagnostics. */
export type RenderRuleId = 'invalid-url' | 'build-url-error' | 'invalid-entity' | 'invalid-option'

/** Report a problem through `onDiagnostic` (a throwing handler is ignored: rendering goes on). */
export type Reporter = (
  ruleId: RenderRuleId,
  message: string,
  at?: { start?: unknown; end?: unknown } | null,
  severity?: Diagnostic['severity'],
) => void

function offset(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0
}

/** A reporter that calls `onDiagnostic` (when it is a function) and never throws. */
export function createReporter(onDiagnostic: unknown): Reporter {
  if (typeof onDiagnostic !== 'function') return () => {}
  return (ruleId, message, at, severity = rules[ruleId].severity) => {
    const start = offset(at?.start)
    const end = Math.max(start, offset(at?.end))
    try {
      ;(onDiagnostic as (diagnostic: Diagnostic) => void)({
        start,
        end,
        ruleId,
        message,
        severity,
      })
    } catch {
      // A failing handler must not stop the rendering.
    }
  }
}

/** Read a property that may be a throwing getter or sit on a proxy. */
function read(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

const booleanOptions = [
  'citations',
  'documents',
  'states',
  'stateLists',
  'credits',
  'cards',
] as const

/**
 * `buildUrl` made safe: a throw or a value that is not a string, `false`, `null` or
 * `undefined` gives the default URL with a diagnostic; a string the URL guard refuses gives no
 * link, with a diagnostic.
 */
function guardBuildUrl(buildUrl: BuildUrl, report: Reporter): BuildUrl {
  return (entity, kind, defaultUrl) => {
    let built: unknown
    try {
      built = buildUrl(entity, kind, defaultUrl)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      report(
        'build-url-error',
        `buildUrl threw for a ${kind} (default URL used): ${reason}`,
        entity,
      )
      return null
    }
    if (built === false || built === null || built === undefined) return built
    if (typeof built !== 'string') {
      report(
        'build-url-error',
        `buildUrl returned a ${typeof built} for a ${kind}, not a string, false or null (default URL used)`,
        entity,
      )
      return null
    }
    const verdict = checkUrl(built, 'link')
    if (verdict.url === undefined) {
      report(
        'invalid-url',
        `buildUrl returned an unsafe URL for a ${kind} (no link): ${verdict.reason}`,
        entity,
      )
      return false
    }
    return built
  }
}

/**
 * Apply defaults. Option values of the wrong type fall back to their default with an
 * `invalid-option` diagnostic; never throws.
 */
export function resolveRenderOptions(
  options: RenderOptions | null | undefined,
): ResolvedRenderOptions {
  const o: object = typeof options === 'object' && options !== null ? options : {}
  const report = createReporter(read(o, 'onDiagnostic'))
  if (options !== null && options !== undefined && typeof options !== 'object')
    report('invalid-option', `options must be an object, not a ${typeof options} (ignored)`)
  const flags: Record<(typeof booleanOptions)[number], boolean> = {
    citations: true,
    documents: true,
    states: true,
    stateLists: true,
    credits: true,
    cards: true,
  }
  for (const name of booleanOptions) {
    const value = read(o, name)
    if (value === undefined || value === null) continue
    if (typeof value === 'boolean') flags[name] = value
    else
      report(
        'invalid-option',
        `option ${name} must be a boolean, not ${describe(value)} (default true used)`,
      )
  }
  let classPrefix = 'tm-'
  const prefix = read(o, 'classPrefix')
  if (typeof prefix === 'string' && !/\s/.test(prefix)) classPrefix = prefix
  else if (prefix !== undefined && prefix !== null)
    report(
      'invalid-option',
      `option classPrefix must be a string without spaces, not ${describe(prefix)} (default "tm-" used)`,
    )
  let buildUrl: BuildUrl | null = null
  const build = read(o, 'buildUrl')
  if (typeof build === 'function') buildUrl = guardBuildUrl(build as BuildUrl, report)
  else if (build !== undefined && build !== null && build !== false)
    report(
      'invalid-option',
      `option buildUrl must be a function, not ${describe(build)} (default URLs used)`,
    )
  return {
    buildUrl,
    enabled: {
      citation: flags.citations,
      document: flags.documents,
      state: flags.states,
      stateList: flags.stateLists,
      credit: flags.credits,
    },
    classPrefix,
    cards: flags.cards,
    report,
  }
}

/** A short description of a value for a message. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `${typeof value} ${String(value)}`
  return `a ${typeof value}`
}

/** Options that are already resolved are used as they are; anything else is resolved. */
export function asResolved(options: unknown): ResolvedRenderOptions {
  if (typeof options === 'object' && options !== null) {
    const o = options as Partial<ResolvedRenderOptions>
    if (
      typeof o.enabled === 'object' &&
      o.enabled !== null &&
      typeof o.report === 'function' &&
      typeof o.classPrefix === 'string'
    )
      return o as ResolvedRenderOptions
  }
  return resolveRenderOptions(options as RenderOptions | null | undefined)
}
