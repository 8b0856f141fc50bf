import { describe, expect, it } from 'vitest'
import { extract } from '../src/extract/index.js'
import type { Kind } from '../src/models/extraction.js'
import { formatScores, loadSamples, samplesRoot, scoreSamples } from './score.js'

const samples = loadSamples()

/** The F1 each kind must reach on the development set. */
const thresholds: Record<Kind, number> = {
  citations: 0.95,
  documents: 0.95,
  states: 0.95,
  stateLists: 0.95,
  credits: 0.9,
}

describe.skipIf(samples.length === 0)(`gold samples (${samplesRoot})`, () => {
  const scores = scoreSamples(samples, (text) => extract(text))

  it('prints the score table', () => {
    console.log(`${samples.length} samples\n${formatScores(scores)}`)
    for (const kind of Object.keys(scores) as Kind[]) {
      const s = scores[kind]
      if (s.falsePositives.length + s.falseNegatives.length === 0) continue
      console.log(
        `${kind}\n${s.falseNegatives.map((k) => `  missed   ${k}`).join('\n')}\n${s.falsePositives
          .map((k) => `  spurious ${k}`)
          .join('\n')}`,
      )
    }
    expect(samples.length).toBeGreaterThan(0)
  })

  for (const kind of Object.keys(thresholds) as Kind[]) {
    it(`${kind}: F1 >= ${thresholds[kind]}`, () => {
      expect(scores[kind].f1).toBeGreaterThanOrEqual(thresholds[kind])
    })
  }

  it('never reports an internal error', () => {
    for (const sample of samples) {
      expect(extract(sample.text).diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual(
        [],
      )
    }
  })
})
