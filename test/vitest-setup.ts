/**
 * Shared by every package's vitest config.
 *
 * - Every test must assert something: a test that checks nothing fails
 *   instead of passing.
 * - Property tests draw a new seed on every local run, which is how they find
 *   bugs; under `CI=true` they use one fixed seed (or `FC_SEED`), so a landing
 *   never depends on the luck of the draw. A failure prints its seed, and
 *   `FC_SEED=<seed> npm test` replays it.
 */
import fc from 'fast-check'
import { beforeEach, expect } from 'vitest'

const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261202' : undefined)
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) })

beforeEach(() => {
  expect.hasAssertions()
})
