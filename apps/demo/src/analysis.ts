// What one analysis of the input holds: the worker's answer, shared by the panels, the editor and the preview.
import type { Extraction } from '@treatymark/core'

/** One decorated span: what kind, where, and a tooltip. */
export interface SourceMark {
  kind: 'citation' | 'document' | 'state' | 'state-list' | 'credit' | 'invalid'
  start: number
  end: number
  title: string
}

export interface DemoDiagnostic {
  line: number
  column: number
  start: number
  end: number
  ruleId: string
  message: string
  severity: 'error' | 'warning' | 'info'
}

export interface Analysis {
  extraction: Extraction
  html: string
  /** The same HTML cut into blocks (see blocks.ts), for updating the preview block by block. */
  blocks: string[]
  diagnostics: DemoDiagnostic[]
  /** The entities as spans of the source, for the editor's decorations. */
  marks: SourceMark[]
  /** The syntax trees as JSON (hast for plain text; mdast and hast for markdown), when asked. */
  tree?: string
}
