/**
 * Ids of the rules behind diagnostics, from `extract()`, the remark plugins and the CLI. Each is
 * documented in docs/diagnostics.md (meaning, how to fix it, severity); the severities live in
 * one table (`src/data/rules.ts`) that every reporter uses.
 */
export type RuleId =
  | 'article-out-of-range'
  | 'build-url-error'
  | 'credit-content'
  | 'credit-incomplete'
  | 'credit-without-image'
  | 'internal-error'
  | 'invalid-attribute'
  | 'invalid-document-symbol'
  | 'invalid-entity'
  | 'invalid-frontmatter'
  | 'invalid-option'
  | 'invalid-tree'
  | 'invalid-url'
  | 'list-count-mismatch'
  | 'misspelt-state'
  | 'unknown-instrument'
  | 'unknown-license'
  | 'unknown-state'
  | 'unresolved-article'
