/*
 * The registry facts the renderer needs, in one place so the markup code does not depend on
 * the registries' internals.
 */
import type { InstrumentId, State } from '../models/index.js'
import { articleOf, getInstrument, instrumentUrl } from '../registry/instruments.js'
import { getState } from '../registry/states.js'

export interface InstrumentFacts {
  /** Short name for titles and cards ("Anti-Personnel Mine Ban Convention"). */
  name: string
  /** Official title. */
  title: string
  /** Heading of the article, when known. */
  articleHeading: string | null
  /** Default link (official text). */
  url: string | undefined
  adopted: string | null
  entryIntoForce: string | null
}

const factsCache = new Map<string, InstrumentFacts | null>()

/** Facts of an instrument (and article heading), memoised: documents cite the same few often. */
export function instrumentFacts(id: InstrumentId, article: string | null): InstrumentFacts | null {
  const key = article === null ? id : `${id}\u0000${article}`
  let facts = factsCache.get(key)
  if (facts === undefined) {
    facts = computeFacts(id, article)
    if (factsCache.size > 10_000) factsCache.clear()
    factsCache.set(key, facts)
  }
  return facts
}

function computeFacts(id: InstrumentId, article: string | null): InstrumentFacts | null {
  const instrument = getInstrument(id)
  if (!instrument) return null
  const heading = article ? (articleOf(id, article)?.title ?? null) : null
  let url: string | undefined
  try {
    url = instrumentUrl(id, article ?? undefined) ?? instrument.url
  } catch {
    url = instrument.url
  }
  return {
    // Short official titles are what readers know ("Convention on Cluster Munitions"); long ones
    // give way to the first short title ("Anti-Personnel Mine Ban Convention").
    name:
      instrument.title.length <= 50
        ? instrument.title
        : (instrument.shortTitles[0] ?? instrument.title),
    title: instrument.title,
    articleHeading: heading,
    url,
    adopted: instrument.adopted?.date ?? null,
    entryIntoForce: instrument.entryIntoForce ?? null,
  }
}

export function stateFacts(code: string): State | undefined {
  return getState(code)
}
