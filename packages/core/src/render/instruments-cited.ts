import type { Citation } from '../models/index.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { instrumentsCited as listInstrumentsCited, type InstrumentCited } from './sections.js'

/**
 * The instruments a text cites, each once, in order of first citation, with the pinpoints cited
 * ("Article 5(1)", by article number) and the link `buildUrl` gives it: the data of an
 * "Instruments cited" section.
 *
 * ```js
 * instrumentsCited(extract('Article 5(1) of the APMBT and Article 3 of the CCM.').citations)
 * // [{ treaty: 'apmbt', name: 'Mine Ban Treaty', pinpoints: ['Article 5(1)'], … }, { treaty: 'ccm', … }]
 * ```
 */
export function instrumentsCited(
  citations: readonly Citation[],
  options?: RenderOptions | null,
): InstrumentCited[] {
  return listInstrumentsCited(citations, resolveRenderOptions(options))
}
