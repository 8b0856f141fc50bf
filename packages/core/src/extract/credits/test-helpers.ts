/**
 * Helpers shared by the credit tests (not part of the package: only `*.test.ts` files import
 * this module).
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { extractCredits } from '../credits.js'

/** The credits of `text` as their text and TASL fields (the title left out). */
export const fields = (text: string) =>
  extractCredits(text).map((c) => ({
    text: c.text,
    creator: c.creator,
    source: c.source,
    license: c.license,
  }))

/** A credit's span and every TASL field, to pin the whole reading. */
export const exact = (text: string) =>
  extractCredits(text).map((c) => ({
    start: c.start,
    end: c.end,
    text: c.text,
    kind: c.kind,
    title: c.title,
    creator: c.creator,
    source: c.source,
    license: c.license,
  }))

/** Every credit's span lies in the text and slices to its `text`. */
export function sane(text: string): void {
  for (const c of extractCredits(text)) {
    expect(c.start).toBeGreaterThanOrEqual(0)
    expect(c.end).toBeLessThanOrEqual(text.length)
    expect(c.start).toBeLessThan(c.end)
    expect(text.slice(c.start, c.end)).toBe(c.text)
  }
}

/** Invented full names: a first name from `first`, a surname from `last`. */
export const person = (first: readonly string[], last: readonly string[]) =>
  fc.tuple(fc.constantFrom(...first), fc.constantFrom(...last)).map(([a, b]) => `${a} ${b}`)

/**
 * The credit a test expects: `span` found in `text` (from `from` on), with its kind, creator and
 * source.
 */
export const credit = (
  text: string,
  span: string,
  kind: string,
  creator: string | null,
  source: string | null,
  from = 0,
) => {
  const start = text.indexOf(span, from)
  return {
    start,
    end: start + span.length,
    text: span,
    kind,
    title: null,
    creator,
    source,
    license: null,
  }
}
