import { parseDocumentSymbol } from './parse.js'

/** The six official languages of the United Nations, as docs.un.org spells them in its paths. */
export type UnLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es'
export const unLanguages: readonly UnLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es']

const languageSet: ReadonlySet<string> = new Set(unLanguages)

/**
 * `https://docs.un.org/{lang}/{symbol}` for a document symbol.
 *
 * The symbol is normalised first (so "a/res/63/71" and "A/RES/63/71" give the same URL) and an
 * invalid symbol throws. Slashes are kept; each component is percent-encoded. docs.un.org
 * writes Security Council resolutions without the space before the year
 * ("S/RES/1540(2004)"), so that space is dropped in the URL while the symbol keeps it.
 */
export function documentUrl(symbol: string, lang: string = 'en'): string {
  if (!languageSet.has(lang)) {
    throw new RangeError(
      `documentUrl: unknown language "${String(lang)}"; use one of the six UN languages: ${unLanguages.join(', ')}`,
    )
  }
  const parsed = parseDocumentSymbol(symbol)
  if (!parsed.ok) {
    throw new TypeError(
      `documentUrl: "${String(symbol)}" is not a document symbol (${parsed.reason})`,
    )
  }
  const path = parsed.value.symbol
    .replace(/ \((\d{4})\)$/, '($1)')
    .split('/')
    .map((component) => encodeURIComponent(component))
    .join('/')
  return `https://docs.un.org/${lang}/${path}`
}
