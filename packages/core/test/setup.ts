/** Every test must assert something: a test that checks nothing fails instead of passing. */
import { beforeEach, expect } from 'vitest'

beforeEach(() => {
  expect.hasAssertions()
})
