/**
 * Checks at the door of the public render functions: a wrong type for a required argument is a
 * `TypeError` naming it; everything else (a hand-made extraction with `null` entries or missing
 * fields, a malformed tree) is repaired or skipped with a diagnostic, never a crash.
 */
import type {
  Citation,
  ExtractOptions,
  Kind as ExtractionKind,
  DocumentReference,
  Extraction,
  ImageCredit,
  StateList,
  StateMention,
} from '../models/index.js'
import type { RuleId } from '../models/rules.js'
import { describe, type Reporter } from './options.js'
import { checkUrl } from './url.js'

/** `TypeError` unless `value` is a string. */
export function requireString(value: unknown, fn: string, name: string): asserts value is string {
  if (typeof value !== 'string')
    throw new TypeError(`${fn}: ${name} must be a string, not ${describe(value)}`)
}

function get(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

type Fields = Record<string, unknown>

/** Copy of the plain fields of an entry, or null when it is not an object. */
function fieldsOf(entry: unknown): Fields | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null
  const out: Fields = {}
  for (const key of [
    'start',
    'end',
    'text',
    'treaty',
    'article',
    'paragraph',
    'subparagraph',
    'url',
    'symbol',
    'iso3',
    'iso2',
    'name',
    'via',
    'members',
    'unresolved',
    'kind',
    'title',
    'creator',
    'source',
    'license',
    'licenseUrl',
  ])
    out[key] = get(entry, key)
  return out
}

type Kind = 'citations' | 'documents' | 'states' | 'stateLists' | 'credits'

const singular: Record<Kind, string> = {
  citations: 'citation',
  documents: 'document',
  states: 'state',
  stateLists: 'state list',
  credits: 'credit',
}

class Invalid extends Error {}

function text(f: Fields, key: string, required: boolean): string | undefined {
  const value = f[key]
  if (typeof value === 'string') return value
  if (value === undefined && !required) return undefined
  throw new Invalid(`${key} must be a string, not ${describe(value)}`)
}

function nullable(f: Fields, key: string): string | null {
  const value = f[key]
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  throw new Invalid(`${key} must be a string or null, not ${describe(value)}`)
}

function strings(f: Fields, key: string, required: boolean): string[] {
  const value = f[key]
  if (value === undefined && !required) return []
  if (!Array.isArray(value)) throw new Invalid(`${key} must be an array of strings`)
  const out: string[] = []
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'string') throw new Invalid(`${key}[${i}] must be a string`)
    out.push(item)
  }
  return out
}

/**
 * A URL field: kept when the link guard accepts it, else emptied with a diagnostic (an empty
 * URL means no link, as an unsafe one always did; it does not bring back a default).
 */
function url(f: Fields, key: string, report: Reporter, what: string): string | undefined {
  const value = f[key]
  if (value === undefined || value === null) return undefined
  const verdict = checkUrl(value, 'link')
  if (verdict.url === undefined) {
    if (value !== '') report('invalid-url', `${what}: ${key} dropped: ${verdict.reason}`, f)
    return ''
  }
  return value as string
}

function span(f: Fields, source: string): { start: number; end: number } {
  const { start, end } = f
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0)
    throw new Invalid(`start must be an integer offset, not ${describe(start)}`)
  if (typeof end !== 'number' || !Number.isInteger(end) || end <= start || end > source.length)
    throw new Invalid(
      `end must be an integer offset after start within the text, not ${describe(end)}`,
    )
  return { start, end }
}

function clean(kind: Kind, f: Fields, source: string, report: Reporter): unknown {
  const at = span(f, source)
  const spanText = text(f, 'text', false)
  if (spanText !== undefined && source.slice(at.start, at.end) !== spanText)
    throw new Invalid('text differs from the text at start..end')
  const base = { ...at, text: spanText ?? source.slice(at.start, at.end) }
  const what = singular[kind]
  switch (kind) {
    case 'citations': {
      const subparagraph = nullable(f, 'subparagraph')
      const link = url(f, 'url', report, what)
      const citation: Citation = {
        type: 'citation',
        ...base,
        treaty: text(f, 'treaty', true) as Citation['treaty'],
        article: nullable(f, 'article'),
        paragraph: nullable(f, 'paragraph'),
        ...(subparagraph === null ? {} : { subparagraph }),
        ...(link === undefined ? {} : { url: link }),
      }
      return citation
    }
    case 'documents': {
      const link = url(f, 'url', report, what)
      const document: DocumentReference = {
        type: 'document',
        ...base,
        symbol: text(f, 'symbol', true)!,
        ...(link === undefined ? {} : { url: link }),
      }
      return document
    }
    case 'states': {
      const iso3 = text(f, 'iso3', true)!
      const state: StateMention = {
        type: 'state',
        ...base,
        iso3,
        iso2: text(f, 'iso2', false) ?? '',
        name: text(f, 'name', false) ?? '',
        ...(f.via === 'demonym' ? { via: 'demonym' as const } : {}),
      }
      return state
    }
    case 'stateLists': {
      const list: StateList = {
        type: 'stateList',
        ...base,
        members: strings(f, 'members', true),
        unresolved: strings(f, 'unresolved', false),
      }
      return list
    }
    case 'credits': {
      const link = url(f, 'url', report, what)
      const licenseUrl = url(f, 'licenseUrl', report, what)
      const credit: ImageCredit = {
        type: 'credit',
        ...base,
        kind: (text(f, 'kind', false) ?? 'credit') as ImageCredit['kind'],
        title: nullable(f, 'title'),
        creator: nullable(f, 'creator'),
        source: nullable(f, 'source'),
        license: nullable(f, 'license'),
        ...(link === undefined ? {} : { url: link }),
        ...(licenseUrl === undefined ? {} : { licenseUrl }),
      }
      return credit
    }
  }
}

const kinds: Kind[] = ['citations', 'documents', 'states', 'stateLists', 'credits']

/**
 * A well-formed copy of a hand-made extraction: entries that are not objects, lack a required
 * field, have a field of the wrong type or offsets outside `source` are skipped with an
 * `invalid-entity` diagnostic; unsafe URLs are dropped with `invalid-url`. `null` or `undefined`
 * is an empty extraction.
 */
export function checkExtraction(
  extraction: unknown,
  source: string,
  report: Reporter,
  fn: string,
): Partial<Extraction> {
  if (extraction === null || extraction === undefined) return {}
  if (typeof extraction !== 'object' || Array.isArray(extraction))
    throw new TypeError(`${fn}: extraction must be an object, not ${describe(extraction)}`)
  const out: Record<string, unknown[]> = {}
  for (const kind of kinds) {
    const list = get(extraction, kind)
    if (list === undefined || list === null) continue
    if (!Array.isArray(list)) {
      report(
        'invalid-entity',
        `extraction.${kind} must be an array, not ${describe(list)} (ignored)`,
      )
      continue
    }
    const entries: unknown[] = []
    for (let i = 0; i < list.length; i++) {
      const entry: unknown = list[i]
      const f = fieldsOf(entry)
      if (!f) {
        report(
          'invalid-entity',
          `extraction.${kind}[${i}] is ${describe(entry)}, not an entity (skipped)`,
        )
        continue
      }
      try {
        entries.push(clean(kind, f, source, report))
      } catch (error) {
        if (!(error instanceof Invalid)) throw error
        report('invalid-entity', `extraction.${kind}[${i}] skipped: ${error.message}`, f)
      }
    }
    out[kind] = entries
  }
  return out as Partial<Extraction>
}

/** Deeper trees are left unmarked: the readers recurse, and real documents are far shallower. */
export const MAX_TREE_DEPTH = 2_000

/**
 * Check a hast tree before `markupHast` walks it: `TypeError` unless it is a root or an element;
 * elements without `properties` or parents without `children` are repaired in place (as
 * hast-util-from-html would have made them); a tree with a cycle, a text node without a string
 * value or nesting deeper than {@link MAX_TREE_DEPTH} gives a reason, and is not marked up.
 */
export function checkHastTree(tree: unknown, report: Reporter): string | null {
  const type = typeof tree === 'object' && tree !== null ? get(tree, 'type') : undefined
  if (type !== 'root' && type !== 'element')
    throw new TypeError(`markupHast: tree must be a hast root or element, not ${describe(tree)}`)
  const seen = new Set<object>()
  const stack: Array<[object, number]> = [[tree as object, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (seen.has(node)) return 'the tree has a cycle (a node is its own ancestor or appears twice)'
    seen.add(node)
    if (depth > MAX_TREE_DEPTH) return `the tree is nested deeper than ${MAX_TREE_DEPTH} levels`
    const nodeType = get(node, 'type')
    if (nodeType === 'text') {
      if (typeof get(node, 'value') !== 'string') return 'a text node has no string value'
      continue
    }
    if (nodeType !== 'root' && nodeType !== 'element') continue
    const record = node as Record<string, unknown>
    if (nodeType === 'element') {
      if (typeof record.tagName !== 'string') return 'an element has no string tagName'
      const properties = record.properties
      if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
        record.properties = {}
        report('invalid-entity', `<${record.tagName}> had no properties object (repaired)`)
      }
    }
    const children = record.children
    if (!Array.isArray(children)) {
      record.children = []
      if (children !== undefined)
        report('invalid-entity', `a ${nodeType} had children that are not an array (emptied)`)
      continue
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child: unknown = children[i]
      if (typeof child !== 'object' || child === null)
        return `a ${nodeType} has a child that is ${describe(child)}, not a node`
      stack.push([child, depth + 1])
    }
  }
  return null
}

/**
 * Check a DOM root before `markupDom` walks it: `TypeError` unless it is an element, a document
 * fragment or a document; nesting deeper than {@link MAX_TREE_DEPTH} gives a reason.
 */
export function checkDomRoot(root: unknown): string | null {
  const nodeType = typeof root === 'object' && root !== null ? get(root, 'nodeType') : undefined
  if (nodeType !== 1 && nodeType !== 9 && nodeType !== 11)
    throw new TypeError(
      `markupDom: root must be a DOM element, document fragment or document, not ${describe(root)}`,
    )
  let depth = 0
  let max = 0
  let node: Node | null = (root as Node).firstChild
  // Iterative pre-order walk: first child, next sibling, else back up.
  while (node) {
    if (node.firstChild) {
      node = node.firstChild
      depth++
      if (depth > max) max = depth
      if (max > MAX_TREE_DEPTH) return `the tree is nested deeper than ${MAX_TREE_DEPTH} levels`
      continue
    }
    while (node && !node.nextSibling) {
      node = node.parentNode
      depth--
      if (node === root || depth < 0) return null
    }
    node = node?.nextSibling ?? null
  }
  return null
}

/** An empty extraction holding one diagnostic. */
export function refusedExtraction(ruleId: RuleId, message: string): Extraction {
  return {
    citations: [],
    documents: [],
    states: [],
    stateLists: [],
    credits: [],
    diagnostics: [{ start: 0, end: 0, ruleId, message, severity: 'error' }],
  }
}

/** The `extract()` options among the render options; values of the wrong type are left out. */
export function extractOptionsOf(options: unknown, report: Reporter): ExtractOptions {
  const out: ExtractOptions = {}
  if (typeof options !== 'object' || options === null) return out
  const o = options as Record<string, unknown>
  const { instrument, kinds, demonyms } = o
  if (typeof instrument === 'string') {
    if (instrument) out.instrument = instrument as ExtractOptions['instrument']
  } else if (instrument !== undefined && instrument !== null)
    report(
      'invalid-option',
      `option instrument must be an instrument id, not ${describe(instrument)} (ignored)`,
    )
  if (Array.isArray(kinds))
    out.kinds = kinds.filter((k): k is ExtractionKind => typeof k === 'string' && knownKinds.has(k))
  else if (kinds !== undefined && kinds !== null)
    report(
      'invalid-option',
      `option kinds must be an array of kinds, not ${describe(kinds)} (all kinds used)`,
    )
  if (Array.isArray(kinds) && out.kinds!.length !== kinds.length)
    report(
      'invalid-option',
      `option kinds: unknown kinds left out (known: ${[...knownKinds].join(', ')})`,
    )
  if (typeof demonyms === 'boolean') out.demonyms = demonyms
  else if (demonyms !== undefined && demonyms !== null)
    report(
      'invalid-option',
      `option demonyms must be a boolean, not ${describe(demonyms)} (default false used)`,
    )
  return out
}

const knownKinds = new Set<string>(['citations', 'documents', 'states', 'stateLists', 'credits'])
