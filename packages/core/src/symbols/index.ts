export { parseDocumentSymbol, isDocumentSymbol, normaliseSymbolText } from './parse.js'
export { documentUrl, unLanguages, type UnLanguage } from './url.js'
export { symbolSeries, knownBodies, documentTypes } from './bodies.js'
