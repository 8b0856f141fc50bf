/**
 * The learned credit reader: a linear-chain tagger (averaged structured perceptron, decoded by
 * Viterbi) that labels each token of a line as outside a credit or inside one, and inside as the
 * label ("Photo:", "©"), the creator, the source, the licence or the title. It reads the lines that
 * carry a credit's cue (`tagger-features.ts`) and that no rule read, so it adds credits in house
 * styles the rules do not know; the rules keep every credit they find.
 *
 * A credit is a run of inside tokens; it is kept when its margin (the best path's score minus the
 * best score of a path that leaves the run outside) reaches the model's threshold, chosen on
 * development data by cross-validation. The weights are data (`../../data/credit-tagger.generated.ts`),
 * written by `scripts/train-credit-tagger.mjs` from annotated pages kept outside the repository.
 */
import {
  candidateLines,
  features,
  tokenize,
  type TaggedLine,
  type Token,
} from './tagger-features.js'

/**
 * The tag sets a model may use (the training script's `--tags`): outside, then begin/inside of
 * each part. 3: a credit; 5: its label ("Photo:", "©") and its body; 11: label, creator, source,
 * title, licence. Begin tags are odd, inside tags even (begin + 1).
 */
export const tagSets: Record<number, readonly string[]> = {
  3: ['O', 'B', 'I'],
  5: ['O', 'BL', 'IL', 'BF', 'IF'],
  11: ['O', 'BL', 'IL', 'BC', 'IC', 'BS', 'IS', 'BT', 'IT', 'BZ', 'IZ'],
}

/** Can `to` follow `from` (-1: the line's start)? An inside tag follows its own part only. */
export function allowed(from: number, to: number): boolean {
  if (to <= 0 || to % 2 === 1) return true
  return from === to || from === to - 1
}

/** A model: weights per feature and tag, transitions (row 0: from the start), a threshold. */
export interface TaggerModel {
  /** How many tags (3, 5 or 11: `tagSets`). */
  tags: number
  /**
   * Weights per feature key (`tagger-features.ts`), one per tag: an open-addressing table,
   * `keys[slot]` the key + 1 (0: empty), `weights[slot * tags + tag]`.
   */
  keys: Int32Array
  weights: Int16Array
  /** (tags + 1) x tags: row 0 from the line's start, row p + 1 from tag p. */
  transitions: Float64Array
  threshold: number
}

/** The letters of a model's records: a feature key's 6-bit digits, a weight + 31. */
export const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'

/**
 * Read a model written by the training script (the generated data file): "tagger2 <tags>
 * <threshold>", the transitions, then fixed-width records: a feature key's low 24 bits in 4
 * letters, then for every tag but the outside one its weight minus the outside tag's (the
 * outside tag's own weight is 0: only the differences count), one letter each.
 */
export function decodeModel(data: string): TaggerModel {
  const lines = data.split('\n')
  const head = (lines[0] ?? '').split(' ')
  const T = Number(head[1])
  const records = lines[2] ?? ''
  const width = 3 + T
  if (head[0] !== 'tagger2' || !tagSets[T] || records.length % width !== 0) {
    throw new Error('credit tagger: bad model')
  }
  const threshold = Number(head[2])
  const transitions = Float64Array.from((lines[1] ?? '').split(',').map(Number))
  if (transitions.length !== (T + 1) * T) throw new Error('credit tagger: bad model')
  const count = records.length / width
  let size = 16
  while (size < count * 2) size *= 2
  const keys = new Int32Array(size)
  const weights = new Int16Array(size * T)
  const digit = (at: number): number => {
    const d = alphabet.indexOf(records[at]!)
    if (d < 0) throw new Error('credit tagger: bad model')
    return d
  }
  for (let r = 0; r < count; r++) {
    let key = 0
    for (let k = 0; k < 4; k++) key = key * 64 + digit(r * width + k)
    let slot = key & (size - 1)
    while (keys[slot] !== 0) slot = (slot + 1) & (size - 1)
    keys[slot] = key + 1
    for (let t = 1; t < T; t++) weights[slot * T + t] = digit(r * width + 3 + t) - 31
  }
  return { tags: T, keys, weights, transitions, threshold }
}

/** Emission scores of the tokens of `line`: n x tags, token by token. */
export function emissions(
  model: TaggerModel,
  line: TaggedLine,
  tokens: readonly Token[],
): Float64Array {
  const T = model.tags
  const out = new Float64Array(tokens.length * T)
  const { keys, weights } = model
  const mask = keys.length - 1
  features(line, tokens, (i, feature) => {
    // The model keeps a key's low 24 bits.
    const f = feature & 0xffffff
    let slot = f & mask
    for (;;) {
      const k = keys[slot]!
      if (k === 0) return
      if (k === f + 1) break
      slot = (slot + 1) & mask
    }
    for (let t = 0; t < T; t++) out[i * T + t]! += weights[slot * T + t]!
  })
  return out
}

/**
 * The best tag path and its score. Tokens `outFrom`..`outTo` (inclusive) are forced outside
 * when given (the score of the best path without a credit there).
 */
export function viterbi(
  emit: Float64Array,
  transitions: Float64Array,
  n: number,
  T: number,
  outFrom = -1,
  outTo = -1,
): { path: number[]; score: number } {
  if (n === 0) return { path: [], score: 0 }
  const score = new Float64Array(n * T)
  const back = new Int8Array(n * T)
  for (let i = 0; i < n; i++) {
    const forced = i >= outFrom && i <= outTo
    for (let t = 0; t < T; t++) {
      if (forced && t !== 0) {
        score[i * T + t] = -Infinity
        continue
      }
      let best = -Infinity
      let arg = 0
      if (i === 0) {
        best = allowed(-1, t) ? transitions[t]! : -Infinity
      } else {
        for (let p = 0; p < T; p++) {
          if (!allowed(p, t)) continue
          const s = score[(i - 1) * T + p]! + transitions[(p + 1) * T + t]!
          if (s > best) {
            best = s
            arg = p
          }
        }
      }
      score[i * T + t] = best + emit[i * T + t]!
      back[i * T + t] = arg
    }
  }
  let best = -Infinity
  let arg = 0
  for (let t = 0; t < T; t++) {
    const s = score[(n - 1) * T + t]!
    if (s > best) {
      best = s
      arg = t
    }
  }
  const path = new Array<number>(n)
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg
    arg = back[i * T + arg]!
  }
  return { path, score: best }
}

/** A run of inside tokens: where the model reads a credit. */
export interface TaggedCredit {
  start: number
  /** Where its body starts, after a label the model read ("Photo:", "©"); 3-tag models: `start`. */
  bodyStart: number
  end: number
  /** The best path's score minus the best score of a path that leaves the run outside. */
  margin: number
}

/** The runs the model reads on one line, with their margins (all of them, no threshold). */
export function readLine(line: TaggedLine, model: TaggerModel): TaggedCredit[] {
  const tokens = tokenize(line.text, line.start)
  const n = tokens.length
  if (n === 0) return []
  const T = model.tags
  const emit = emissions(model, line, tokens)
  const best = viterbi(emit, model.transitions, n, T)
  const out: TaggedCredit[] = []
  let i = 0
  while (i < n) {
    if (best.path[i] === 0) {
      i++
      continue
    }
    let j = i
    while (j + 1 < n && best.path[j + 1] !== 0) j++
    // A run that starts or ends at a slash is part of a longer credit the model cut ("/ Jane
    // Roe", "AGENCY/"): no credit rather than a wrong one.
    const open = tokens[i]!.text
    const close = tokens[j]!.text
    // A run at a window's edge may go on beyond it.
    const edge =
      line.window === true &&
      ((i === 0 && line.prevLength > 0) || (j === n - 1 && line.nextLength > 0))
    if (!edge && open !== '/' && close !== '/' && close !== ':' && close !== '\u00a9') {
      let body = i
      if (T > 3) while (body < j && best.path[body]! <= 2) body++
      const without = viterbi(emit, model.transitions, n, T, i, j)
      out.push({
        start: tokens[i]!.start,
        bodyStart: tokens[body]!.start,
        end: tokens[j]!.end,
        margin: best.score - without.score,
      })
    }
    i = j + 1
  }
  return out
}

/**
 * Runs the model reads on the cue-bearing lines of `text` that `taken` leaves alone (no rule
 * credit on them), with a margin at or above `threshold`.
 */
export function findTaggedCredits(
  text: string,
  model: TaggerModel,
  taken: (start: number, end: number) => boolean,
  threshold = model.threshold,
): TaggedCredit[] {
  const found: TaggedCredit[] = []
  for (const line of candidateLines(text, taken)) {
    for (const credit of readLine(line, model)) {
      if (credit.margin >= threshold) found.push(credit)
    }
  }
  return found
}
