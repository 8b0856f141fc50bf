import type { VFile } from 'vfile'
import type { BuildUrl } from '../render/index.js'
import { report } from './messages.js'
import type { RemarkTreatymarkOptions } from './types.js'

const depths = new Set([1, 2, 3, 4, 5, 6])

/**
 * The options as the transform can trust them, for one file: a `buildUrl` that is not a
 * function is dropped, one that throws (or returns something other than a string, `false`,
 * `null` or `undefined`) keeps the default link; an `instrumentsCited.depth` outside 1–6 is 2.
 * Each problem is a vfile message, never an exception.
 */
export function checkedOptions(
  options: RemarkTreatymarkOptions | null | undefined,
  file: VFile,
): RemarkTreatymarkOptions {
  const settings: RemarkTreatymarkOptions =
    options && typeof options === 'object' ? { ...options } : {}
  const given = settings.buildUrl as unknown
  if (given !== undefined && given !== null && typeof given !== 'function') {
    report(
      file,
      `Option \`buildUrl\` must be a function, not ${typeof given}: default links are used`,
      undefined,
      'invalid-option',
    )
    delete settings.buildUrl
  } else if (typeof given === 'function') {
    const build = given as BuildUrl
    let failed = false
    settings.buildUrl = (entity, kind, defaultUrl) => {
      let built: unknown
      try {
        built = build(entity, kind, defaultUrl)
      } catch (error) {
        if (!failed)
          report(
            file,
            `\`buildUrl\` threw for “${String(entity.text).slice(0, 60)}”: ${String((error as Error)?.message ?? error).slice(0, 200)}; default links are used where it throws`,
            undefined,
            'invalid-option',
          )
        failed = true
        return undefined
      }
      if (typeof built === 'string' || built === false || built === null || built === undefined)
        return built
      if (!failed)
        report(
          file,
          `\`buildUrl\` returned ${typeof built} for “${String(entity.text).slice(0, 60)}”: expected a URL string, false, null or undefined`,
          undefined,
          'invalid-option',
        )
      failed = true
      return undefined
    }
  }
  const instrument = settings.instrument as unknown
  if (instrument !== undefined && instrument !== null && typeof instrument !== 'string') {
    report(
      file,
      `Option \`instrument\` must be an instrument id, not ${typeof instrument}: ignored`,
      undefined,
      'invalid-option',
    )
    delete settings.instrument
  } else if (instrument === null) delete settings.instrument
  const cited = settings.instrumentsCited
  if (cited && typeof cited === 'object') {
    const depth = (cited as { depth?: unknown }).depth
    const heading = (cited as { heading?: unknown }).heading
    const fixed = { ...cited }
    if (depth !== undefined && !depths.has(depth as number)) {
      report(
        file,
        `Option \`instrumentsCited.depth\` must be 1 to 6, not \`${String(depth).slice(0, 20)}\`: 2 is used`,
        undefined,
        'invalid-option',
      )
      fixed.depth = 2
    }
    if (heading !== undefined && typeof heading !== 'string') {
      report(
        file,
        'Option `instrumentsCited.heading` must be a string: the default heading is used',
        undefined,
        'invalid-option',
      )
      delete fixed.heading
    }
    settings.instrumentsCited = fixed
  }
  return settings
}
