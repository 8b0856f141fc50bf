/**
 * The directive syntax the preset registers: remark-directive's grammar, restricted to the
 * directives treatymark handles (`:cite[…]`, `:state[…]`, `::states[…]`, `:::credit`). Anything
 * else that looks like a directive (`10:30`, `note:this`, `std::vector`, `:smile:`, a
 * `:::note` block) is not one: micromark parses it exactly as plain remark does, so the author's
 * text and its markdown come back unchanged.
 */
import type { Processor } from 'unified'
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive'
import type { Options as ToMarkdownExtension, Unsafe } from 'mdast-util-to-markdown'
import { directive } from 'micromark-extension-directive'
import { markdownLineEnding, unicodePunctuation, unicodeWhitespace } from 'micromark-util-character'
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  TokenizeContext,
} from 'micromark-util-types'

/** Names treatymark handles, per kind of directive. */
const handled = {
  directiveTextName: new Set(['cite', 'state']),
  directiveLeafName: new Set(['states']),
  directiveContainerName: new Set(['credit']),
} as const

type NameType = keyof typeof handled

/** Directives whose label is their visible text need one: `:cite{…}` alone stays text. */
const labelTypes: Partial<Record<NameType, string>> = {
  directiveTextName: 'directiveTextLabel',
  directiveLeafName: 'directiveLeafLabel',
}

/** Colons that open each kind of directive (a container takes three or more). */
const markers: Record<NameType, number> = {
  directiveTextName: 1,
  directiveLeafName: 2,
  directiveContainerName: 3,
}

/** Whether a code ends a directive name (as micromark-extension-directive's name factory). */
function endsName(code: Code): boolean {
  return (
    code === null ||
    markdownLineEnding(code) ||
    unicodeWhitespace(code) ||
    (unicodePunctuation(code) && code !== 45 && code !== 95)
  )
}

/** Looks ahead (never consumes): the markers, then a name treatymark handles. */
function peekName(nameType: NameType): Construct {
  const names = handled[nameType]
  const least = markers[nameType]
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let colons = 0
      let name = ''
      const marker: State = (code) => {
        if (code === 58 && (colons < least || least === 3)) {
          effects.consume(code)
          colons++
          return marker
        }
        if (colons < least) return nok(code)
        return inName(code)
      }
      const inName: State = (code) => {
        if (endsName(code)) {
          if (!names.has(name)) return nok(code)
          effects.exit('treatymarkDirectivePeek' as never)
          return ok(code)
        }
        if (name.length > 8) return nok(code)
        name += String.fromCodePoint(code!)
        effects.consume(code)
        return inName
      }
      return (code) => {
        effects.enter('treatymarkDirectivePeek' as never)
        return marker(code)
      }
    },
  }
}

/**
 * A directive construct that is tried only when a name treatymark handles follows the colons
 * (so nothing else is ever parsed as a directive), and gives up when it ends without the label
 * it needs.
 */
function restrict(construct: Construct, nameType: NameType): Construct {
  const labelType = labelTypes[nameType]
  const peek = peekName(nameType)
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const eventsBefore = this.events.length
      const done: State = (code) =>
        labelType && !hasEvent(this, eventsBefore, labelType) ? nok(code) : ok(code)
      const start = construct.tokenize!.call(this, effects, done, nok)
      return effects.check(peek, start, nok)
    },
  }
}

function hasEvent(context: TokenizeContext, from: number, type: string): boolean {
  for (let i = from; i < context.events.length; i++) {
    const event = context.events[i]!
    if (event[0] === 'enter' && event[1].type === type) return true
  }
  return false
}

/** The micromark extension: remark-directive's constructs, restricted to treatymark's. */
export function treatymarkDirective(): Extension {
  const full = directive()
  const text = full.text![58] as Construct
  const [container, leaf] = full.flow![58] as Construct[]
  return {
    text: { 58: restrict(text, 'directiveTextName') },
    flow: {
      58: [restrict(container!, 'directiveContainerName'), restrict(leaf!, 'directiveLeafName')],
    },
  }
}

/**
 * mdast-util-directive's serializer with escapes only where treatymark's own directives would
 * start: `note:this` is written as it was, not as `note\:this`.
 */
function directiveToMarkdownNarrow(): ToMarkdownExtension {
  const base = directiveToMarkdown()
  const unsafe: Unsafe[] = [
    ...(base.unsafe ?? []).filter((pattern) => pattern.character !== ':'),
    {
      character: ':',
      before: '[^:]',
      after: '(?:cite|state)\\[',
      inConstruct: ['phrasing'],
    },
    { character: ':', atBreak: true, after: '(?:cite|state)\\[|:states\\[|::+credit' },
    { afterNode: 'textDirective', character: ':', inConstruct: ['phrasing'] },
  ]
  return { ...base, unsafe }
}

const registered = Symbol.for('treatymark.directiveSyntax')

/** Register the restricted directive syntax on a processor, once. */
export function registerDirectiveSyntax(processor: Processor): void {
  const data = processor.data() as Record<string | symbol, unknown> & {
    micromarkExtensions?: unknown[]
    fromMarkdownExtensions?: unknown[]
    toMarkdownExtensions?: unknown[]
  }
  if (data[registered]) return
  data[registered] = true
  ;(data.micromarkExtensions ??= []).push(treatymarkDirective())
  ;(data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(directiveToMarkdownNarrow())
}

/** A unified plugin that only registers the syntax (for tests and pipelines that compare). */
export function remarkTreatymarkSyntax(this: Processor): undefined {
  registerDirectiveSyntax(this)
}
