/**
 * Bytes in, text out, for the CLI: treatymark reads UTF-8 text and says so clearly when it gets
 * something else, instead of finding "states" in random bytes or silently replacing what it
 * cannot decode (lost text).
 *
 * - NUL bytes, a UTF-16 byte order mark, or a high share of undecodable bytes, control
 *   characters or U+FFFD: binary input, refused.
 * - Otherwise invalid UTF-8: refused, with the byte offset (and line) of the first bad sequence.
 *
 * The CLI turns the thrown {@link InputError} into `treatymark: cannot read FILE: reason` and exit
 * code 2; the other files are still processed.
 */

/** Why an input was refused. */
export class InputError extends Error {
  override name = 'InputError'
}

/** More than this share of bad bytes or control characters means binary, not damaged text. */
const BINARY_SHARE = 0.05
/** Look at this many bytes at most to decide "binary" (the first invalid byte is always exact). */
const SAMPLE = 1 << 20

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence, and how many bad
 * sequences there are in `bytes[0, limit)`. Checks overlong forms, surrogates and > U+10FFFF, as
 * the WHATWG decoder does.
 */
export function utf8Errors(
  bytes: Uint8Array,
  limit = bytes.length,
): { first: number; count: number } {
  let first = -1
  let count = 0
  let i = 0
  const end = Math.min(limit, bytes.length)
  while (i < end) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need = 0
    let lower = 0x80
    let upper = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lower = 0xa0
      if (b === 0xed) upper = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lower = 0x90
      if (b === 0xf4) upper = 0x8f
    }
    let ok = need > 0
    let j = 1
    for (; ok && j <= need; j++) {
      const c = bytes[i + j]
      if (c === undefined || c < (j === 1 ? lower : 0x80) || c > (j === 1 ? upper : 0xbf))
        ok = false
    }
    if (ok) {
      i += need + 1
      continue
    }
    if (first < 0) first = i
    count++
    // Skip the lead byte and the continuation bytes that fitted, as the decoder does.
    i += Math.max(1, j - 1)
  }
  return { first, count }
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

/** Decode the bytes of one input as UTF-8 text, or throw an {@link InputError} saying why not. */
export function decodeInput(bytes: Uint8Array): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    throw new InputError('UTF-16 text (byte order mark); convert it to UTF-8 first')
  const sample = Math.min(bytes.length, SAMPLE)
  const nul = bytes.indexOf(0)
  if (nul >= 0)
    throw new InputError(
      `binary input (a NUL byte at byte offset ${nul}); treatymark reads UTF-8 text`,
    )
  let controls = 0
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++
  }
  let text: string | null = null
  try {
    // The native decoder is fast; the byte scan below runs only when it refuses.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = null
  }
  const { first, count } = text === null ? utf8Errors(bytes) : { first: -1, count: 0 }
  const sampled = first < 0 ? 0 : utf8Errors(bytes, sample).count
  if (controls + sampled >= 16 && (controls + sampled) / sample > BINARY_SHARE)
    throw new InputError(
      `binary input (${Math.round(((controls + sampled) / sample) * 100)}% of the bytes are control characters or not UTF-8); treatymark reads UTF-8 text`,
    )
  if (first >= 0)
    throw new InputError(
      `not valid UTF-8: byte ${hex(bytes[first]!)} at byte offset ${first} (line ${lineOf(bytes, first)})` +
        (count > 1 ? ` and ${count - 1} more invalid sequence${count === 2 ? '' : 's'}` : '') +
        '; convert the file to UTF-8 (for example with iconv -f latin1 -t utf-8)',
    )
  if (text === null) text = new TextDecoder('utf-8').decode(bytes)
  // Valid UTF-8 that is mostly replacement characters is damaged or binary text too.
  let replacements = 0
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) replacements++
  if (replacements >= 16 && replacements / text.length > BINARY_SHARE)
    throw new InputError(
      `binary input (${replacements} U+FFFD replacement characters); treatymark reads UTF-8 text`,
    )
  return text
}
