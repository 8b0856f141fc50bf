export { parseDocumentSymbol, isDocumentSymbol, normaliseSymbolText } from './parse.js'
export { documentUrl, unLanguages, type UnLanguage } from './url.js'
export { symbolSeries, knownBodies, documentTypes, type SymbolSeries } from './bodies.js'
