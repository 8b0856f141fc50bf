import { parseDocumentSymbol } from './parse.js'

/** The six official languages of the United Nations, as docs.un.org spells them in its paths. */
export type UnLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es'
export const unLanguages: readonly UnLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es']

const languageSet: ReadonlySet<string> = new Set(unLanguages)

/**
 * The UN language of `lang`: one of the six as written or in any case, or the language of a
 * BCP 47 tag ("fr-CA" -> "fr"); anything else is English, the default.
 */
function unLanguage(lang: unknown): UnLanguage {
  if (typeof lang !== 'string') return 'en'
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return languageSet.has(primary) ? (primary as UnLanguage) : 'en'
}

/**
 * `https://docs.un.org/{lang}/{symbol}` for a document symbol.
 *
 * The symbol is normalised first (so "a/res/63/71" and "A/RES/63/71" give the same URL).
 * Slashes are kept; each component is percent-encoded. docs.un.org writes Security Council
 * resolutions without the space before the year ("S/RES/1540(2004)"), so that space is dropped
 * in the URL while the symbol keeps it.
 *
 * `lang` is one of the six UN languages (`ar`, `zh`, `en`, `fr`, `ru`, `es`); a tag in another
 * case or with a region ("EN", "fr-CA") gives its language, and any other value the default,
 * English (docs.un.org has no other languages).
 *
 * Errors: a `symbol` that is not a string, or a string that is not a document symbol, throws a
 * `TypeError` ("documentUrl: `symbol` ..."); check with `parseDocumentSymbol` first to avoid it.
 */
export function documentUrl(symbol: string, lang: string = 'en'): string {
  if (typeof symbol !== 'string') throw new TypeError('documentUrl: `symbol` must be a string')
  return `https://docs.un.org/${unLanguage(lang)}/${symbolPath(symbol)}`
}

/**
 * The URL path of each symbol seen lately: `extract()` asks for the URL of every symbol it finds,
 * and texts name the same few symbols again and again. Bounded (cleared when full).
 */
const paths = new Map<string, string>()

function symbolPath(symbol: string): string {
  const cached = paths.get(symbol)
  if (cached !== undefined) return cached
  const parsed = parseDocumentSymbol(symbol)
  if (!parsed.ok) {
    throw new TypeError(
      `documentUrl: \`symbol\` "${symbol.length > 60 ? `${symbol.slice(0, 57)}...` : symbol}" is not a document symbol (${parsed.reason})`,
    )
  }
  const path = parsed.value.symbol
    .replace(/ \((\d{4})\)$/, '($1)')
    .split('/')
    .map((component) => encodeURIComponent(component))
    .join('/')
  if (paths.size >= 2048) paths.clear()
  paths.set(symbol, path)
  return path
}
