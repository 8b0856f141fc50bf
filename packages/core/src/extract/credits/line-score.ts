/**
 * A learned score of how much a line reads as a credit line, from its shape (`line-shape.ts`):
 * logistic regression, its weights in `data/credit-line-model.ts`, trained on the shapes of lines
 * of real pages whose credits were annotated by hand (see `line-model.test.ts`, which retrains it
 * and checks that the weights are what the training data gives).
 */
import { creditLineModel } from '../../data/credit-line-model.js'

/** Weights and bias of a logistic regression over line shapes, and the score that flags a line. */
export interface LineModel {
  readonly bias: number
  readonly threshold: number
  readonly weights: Readonly<Record<string, number>>
}

/** The probability, 0 to 1, that a line with `shape` holds a credit. */
export function lineScore(
  shape: Readonly<Record<string, number>>,
  model: LineModel = creditLineModel,
): number {
  let z = model.bias
  for (const name in shape) z += (model.weights[name] ?? 0) * (shape[name] ?? 0)
  return 1 / (1 + Math.exp(-z))
}

/** Does a line with `shape` score as a credit line under the trained model? */
export function isCreditLine(shape: Readonly<Record<string, number>>): boolean {
  return lineScore(shape) >= creditLineModel.threshold
}

/** Fit a model to labelled shapes: full-batch gradient descent, classes weighted equally, L2. */
export function trainLineModel(
  rows: readonly { shape: Readonly<Record<string, number>>; credit: boolean }[],
  { iterations = 3000, rate = 0.1, l2 = 1, threshold = 0.8 } = {},
): LineModel {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.shape)))].sort()
  const index = new Map(names.map((name, i) => [name, i]))
  // Each row as feature indices and values, for speed.
  const coded = rows.map(({ shape, credit }) => {
    const keys = Object.keys(shape)
    return {
      at: Int32Array.from(keys, (k) => index.get(k)!),
      value: Float64Array.from(keys, (k) => shape[k] ?? 0),
      credit: credit ? 1 : 0,
    }
  })
  const positives = coded.filter((r) => r.credit === 1).length
  const classWeight = [
    rows.length / (2 * Math.max(1, rows.length - positives)),
    rows.length / (2 * Math.max(1, positives)),
  ]
  const w = new Float64Array(names.length)
  const gradient = new Float64Array(names.length)
  let bias = 0
  for (let iteration = 0; iteration < iterations; iteration++) {
    gradient.fill(0)
    let gradientBias = 0
    for (const { at, value, credit } of coded) {
      let z = bias
      for (let j = 0; j < at.length; j++) z += w[at[j]!]! * value[j]!
      const d = (1 / (1 + Math.exp(-z)) - credit) * classWeight[credit]!
      gradientBias += d
      for (let j = 0; j < at.length; j++) gradient[at[j]!]! += d * value[j]!
    }
    bias -= (rate * gradientBias) / rows.length
    for (let k = 0; k < w.length; k++) {
      w[k] = w[k]! - rate * (gradient[k]! / rows.length + (l2 * w[k]!) / rows.length)
    }
  }
  return { bias, threshold, weights: Object.fromEntries(names.map((name, k) => [name, w[k]!])) }
}
