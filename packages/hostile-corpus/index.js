/**
 * @treatymark/hostile-corpus: the hostile-input payloads and the HTML injection check that
 * treatymark's surfaces (core, WordPress, Ghost) run their output through. Private: tests only.
 */
export { payloads, urlPayloads } from './payloads.js'
export {
  assertNoInjection,
  findInjections,
  forbiddenElements,
  urlAttributes,
  urlProblem,
} from './check.js'
