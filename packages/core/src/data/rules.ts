/**
 * The one table of diagnostic rules: the severity of each rule is decided here, once. `extract()`,
 * the remark plugins and the CLI report these severities; docs/diagnostics.md explains each rule
 * (a test checks that the doc lists every rule with the same severity).
 *
 * - `error`: a certain mistake (the text cites something that does not exist, or treatymark failed);
 * - `warning`: a likely mistake (a name treatymark does not know, an incomplete credit);
 * - `info`: advice (a pinpoint without an instrument, a licence treatymark cannot link).
 */
import type { Severity } from '../models/extraction.js'
import type { RuleId } from '../models/rules.js'
import { deepFreeze } from './freeze.js'

/** What a rule is about and how sure it is. */
export interface Rule {
  readonly severity: Severity
  /**
   * Which part reports it: `extract()` (and so the CLI and the plugins), the remark plugins only, or
   * the renderer (`onDiagnostic` of renderHtml, renderText, markupHast, markupDom; the plugins too).
   */
  readonly reporter: 'extract' | 'remark' | 'render'
}

export const rules: Readonly<Record<RuleId, Rule>> = deepFreeze({
  'article-out-of-range': { severity: 'error', reporter: 'extract' },
  'build-url-error': { severity: 'error', reporter: 'render' },
  'credit-content': { severity: 'warning', reporter: 'remark' },
  'credit-incomplete': { severity: 'warning', reporter: 'extract' },
  'credit-without-image': { severity: 'warning', reporter: 'remark' },
  'internal-error': { severity: 'error', reporter: 'extract' },
  'invalid-attribute': { severity: 'warning', reporter: 'remark' },
  'invalid-document-symbol': { severity: 'warning', reporter: 'extract' },
  'invalid-entity': { severity: 'warning', reporter: 'render' },
  'invalid-frontmatter': { severity: 'warning', reporter: 'remark' },
  'invalid-option': { severity: 'warning', reporter: 'render' },
  'invalid-tree': { severity: 'error', reporter: 'render' },
  'invalid-url': { severity: 'warning', reporter: 'remark' },
  'list-count-mismatch': { severity: 'warning', reporter: 'extract' },
  'misspelt-state': { severity: 'warning', reporter: 'extract' },
  'unknown-instrument': { severity: 'warning', reporter: 'extract' },
  'unknown-license': { severity: 'info', reporter: 'remark' },
  'unknown-state': { severity: 'warning', reporter: 'remark' },
  'unresolved-article': { severity: 'info', reporter: 'extract' },
})
