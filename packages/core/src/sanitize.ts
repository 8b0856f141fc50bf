/**
 * `@treatymark/core/sanitize`: extend a rehype-sanitize / hast-util-sanitize schema so it keeps
 * treatymark's markup (the markup contract: its `tm-*` classes, its `data-*` attributes,
 * `rel="license"`, `<figure>` and `<figcaption>`) and nothing more.
 *
 * ```js
 * import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
 * import { treatymarkSanitizeSchema } from '@treatymark/core/sanitize'
 *
 * unified().use(rehypeSanitize, treatymarkSanitizeSchema(defaultSchema))
 * ```
 */

/** A value a schema may allow: a primitive or a regular expression. */
type AllowedValue = string | number | boolean | RegExp | null | undefined

/** One attribute of a schema: its hast property name, or the name and the values allowed. */
export type SanitizePropertyDefinition = string | [string, ...AllowedValue[]]

/**
 * The parts of a hast-util-sanitize `Schema` this function reads and extends (structural, so
 * no dependency on hast-util-sanitize's types); other fields are passed through.
 */
export interface SanitizeSchemaLike {
  tagNames?: string[] | null | undefined
  attributes?: Record<string, SanitizePropertyDefinition[]> | null | undefined
}

export interface TreatymarkSanitizeOptions {
  /** The `classPrefix` your treatymark options use (default `'tm-'`). */
  classPrefix?: string
}

const citationData = ['dataTreaty', 'dataArticle', 'dataParagraph', 'dataSubparagraph']
const cardData = ['dataCardName', 'dataCardDetail']
const listData = ['dataCount', 'dataUnresolved']
const creditData = ['dataKind', 'dataLicense']

/** What treatymark emits, per element: class suffixes and other attributes. */
function contract(prefix: string): Record<string, { classes: string[]; attributes: string[] }> {
  const linkParts = ['credit-title', 'credit-creator', 'credit-source', 'credit-license']
  // `invalid` marks a citation that cannot be right (an article the treaty does not have).
  const entities = ['cite', 'invalid', 'doc', 'state']
  return {
    a: {
      classes: [...entities, ...linkParts].map((s) => prefix + s),
      attributes: ['href', 'title', ...citationData, ...cardData, 'dataSymbol', 'dataIso3'],
    },
    span: {
      classes: [...entities, 'state-list', 'state-list-count', 'credit', ...linkParts].map(
        (s) => prefix + s,
      ),
      attributes: [
        'title',
        ...citationData,
        ...cardData,
        'dataSymbol',
        'dataIso3',
        ...listData,
        ...creditData,
      ],
    },
    p: {
      classes: ['credit', 'state-list'].map((s) => prefix + s),
      attributes: [...listData, ...creditData],
    },
    figure: { classes: [prefix + 'figure'], attributes: [] },
    figcaption: { classes: [prefix + 'credit'], attributes: creditData },
    section: { classes: [prefix + 'instruments-cited'], attributes: [] },
  }
}

function nameOf(definition: SanitizePropertyDefinition): string {
  return typeof definition === 'string' ? definition : definition[0]
}

/**
 * A copy of `schema` (typically rehype-sanitize's `defaultSchema`) that also keeps treatymark's
 * markup: `<figure>` and `<figcaption>`, the `tm-*` classes on the elements that carry them
 * (other classes stay as the schema says), the `data-*` attributes treatymark writes and
 * `rel="license"` on licence links. URLs are still checked by the schema's `protocols`.
 */
export function treatymarkSanitizeSchema<Schema extends SanitizeSchemaLike>(
  schema: Schema,
  options: TreatymarkSanitizeOptions = {},
): Schema {
  const prefix = typeof options?.classPrefix === 'string' ? options.classPrefix : 'tm-'
  const base: SanitizeSchemaLike = schema && typeof schema === 'object' ? schema : {}
  const tagNames = [...(base.tagNames ?? [])]
  const attributes: Record<string, SanitizePropertyDefinition[]> = { ...(base.attributes ?? {}) }
  const wanted = contract(prefix)
  for (const [tag, own] of Object.entries(wanted)) {
    if (!tagNames.includes(tag)) tagNames.push(tag)
    const list = [...(attributes[tag] ?? [])]
    // hast-util-sanitize uses the first definition of a property: extend it in place.
    const classIndex = list.findIndex((d) => nameOf(d) === 'className')
    const existing = classIndex >= 0 ? list[classIndex]! : undefined
    if (existing === undefined) list.push(['className', ...own.classes])
    else if (typeof existing !== 'string' && existing.length > 1)
      list[classIndex] = [...existing, ...own.classes.filter((c) => !existing.includes(c))]
    // (A bare 'className' already allows every class.)
    for (const name of own.attributes) if (!list.some((d) => nameOf(d) === name)) list.push(name)
    if (tag === 'a') {
      const relIndex = list.findIndex((d) => nameOf(d) === 'rel')
      const rel = relIndex >= 0 ? list[relIndex]! : undefined
      if (rel === undefined) list.push(['rel', 'license'])
      else if (typeof rel !== 'string' && rel.length > 1 && !rel.includes('license'))
        list[relIndex] = [...rel, 'license']
    }
    attributes[tag] = list
  }
  return { ...schema, tagNames, attributes }
}
