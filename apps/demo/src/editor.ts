// The source editor: CodeMirror 6 with the extraction as decorations (one class per kind) and the
// diagnostics as lint markers with their messages. Only the visible lines are decorated, so a
// 5,000-word text costs no more than a short one.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint'
import {
  EditorSelection,
  EditorState,
  StateEffect,
  StateField,
  type Range,
} from '@codemirror/state'
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view'
import type { DemoDiagnostic } from './analyse.js'
import type { SourceMark } from './marks.js'

const setMarks = StateEffect.define<SourceMark[]>()

// One decoration per kind and title, shared: a long text repeats the same few many times.
const decorations = new Map<string, Decoration>()
function decorationOf(mark: SourceMark): Decoration {
  const key = `${mark.kind}\u0000${mark.title}`
  let decoration = decorations.get(key)
  if (!decoration) {
    if (decorations.size > 5000) decorations.clear()
    decoration = Decoration.mark({ class: `src-${mark.kind}`, attributes: { title: mark.title } })
    decorations.set(key, decoration)
  }
  return decoration
}

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    value = value.map(transaction.changes)
    for (const effect of transaction.effects) {
      if (!effect.is(setMarks)) continue
      const length = transaction.state.doc.length
      const ranges: Range<Decoration>[] = []
      for (const mark of effect.value) {
        if (mark.start < 0 || mark.end > length || mark.end <= mark.start) continue
        ranges.push(decorationOf(mark).range(mark.start, mark.end))
      }
      value = Decoration.set(ranges, true)
    }
    return value
  },
  provide: (field) => EditorView.decorations.from(field),
})

export interface SourceEditor {
  view: EditorView
  getText(): string
  setText(text: string): void
  /** Decorations and lint markers; `marks` may be empty (markdown mode). */
  show(marks: SourceMark[], diagnostics: DemoDiagnostic[]): void
  /** Select a span; `focus` moves the keyboard focus to the editor. */
  select(start: number, end: number, focus: boolean): void
}

export function createEditor(
  parent: HTMLElement,
  text: string,
  onChange: (text: string) => void,
  onSelect: (offset: number) => void,
): SourceEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': 'Text to analyse',
          id: 'editor',
          spellcheck: 'false',
        }),
        marksField,
        lintGutter(),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString())
          else if (update.selectionSet && update.transactions.some((t) => t.isUserEvent('select')))
            onSelect(update.state.selection.main.head)
        }),
      ],
    }),
  })
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } })
    },
    show(marks, diagnostics) {
      const length = view.state.doc.length
      const lint: LintDiagnostic[] = diagnostics
        .filter((d) => d.start <= length)
        .map((d) => ({
          from: d.start,
          to: Math.min(Math.max(d.end, d.start), length),
          severity: d.severity,
          message: d.message,
          source: d.ruleId,
        }))
      view.dispatch(setDiagnostics(view.state, lint), { effects: setMarks.of(marks) })
    },
    select(start, end, focus) {
      const length = view.state.doc.length
      if (start > length) return
      view.dispatch({
        selection: EditorSelection.single(start, Math.min(end, length)),
        effects: EditorView.scrollIntoView(start, { y: 'center' }),
      })
      if (focus) view.focus()
    },
  }
}
