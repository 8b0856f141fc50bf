// The source editor: CodeMirror 6 with the extraction as decorations (one class per kind) and the
// diagnostics as lint markers with their messages. Only the visible ranges are decorated (see
// visible-marks.ts), so a 5,000-word text costs no more than a short one.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint'
import { EditorSelection, EditorState, StateEffect, StateField } from '@codemirror/state'
import {
  Decoration,
  EditorView,
  ViewPlugin,
  keymap,
  lineNumbers,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view'
import type { DemoDiagnostic } from './analysis.js'
import type { SourceMark } from './analysis.js'
import { markState, visibleMarks, type MarkState } from './visible-marks.js'

const setMarks = StateEffect.define<readonly SourceMark[]>()

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

/** The marks of the latest analysis and the edits since (no decorations built here). */
const marksField = StateField.define<MarkState>({
  create: (state) => markState([], state.doc.length),
  update(value, transaction) {
    for (const effect of transaction.effects)
      if (effect.is(setMarks)) return markState(effect.value, transaction.state.doc.length)
    if (!transaction.docChanged) return value
    return { ...value, since: value.since.composeDesc(transaction.changes.desc) }
  },
})

/** Decorations for the visible ranges only, rebuilt when the marks, the text or the view move. */
const marksPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet
    constructor(view: EditorView) {
      this.decorations = this.build(view)
    }
    update(update: ViewUpdate): void {
      if (
        update.docChanged ||
        update.viewportChanged ||
        update.startState.field(marksField) !== update.state.field(marksField)
      )
        this.decorations = this.build(update.view)
    }
    build(view: EditorView): DecorationSet {
      const marks = visibleMarks(view.state.field(marksField), view.visibleRanges)
      return Decoration.set(
        marks.map((mark) => decorationOf(mark).range(mark.start, mark.end)),
        true,
      )
    }
  },
  { decorations: (plugin) => plugin.decorations },
)

export interface SourceEditor {
  view: EditorView
  getText(): string
  setText(text: string): void
  /** Decorations and lint markers; `marks` may be empty (markdown mode). */
  show(marks: readonly SourceMark[], diagnostics: readonly DemoDiagnostic[]): void
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
        marksPlugin,
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
      const selection = EditorSelection.single(start, Math.min(end, length))
      if (focus) {
        // From a panel: bring the editor and the words into view.
        view.dispatch({ selection, effects: EditorView.scrollIntoView(start, { y: 'center' }) })
        view.focus()
        return
      }
      // From the preview: scroll the editor's own pane only. scrollIntoView would scroll the
      // page too, taking the reader away from the citation (and its card) they just tapped.
      view.dispatch({ selection })
      const scroller = view.scrollDOM
      const top = view.lineBlockAt(start).top
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2)
    },
  }
}
