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

/**
 * A directive construct that gives up (as if the syntax did not exist) as soon as its name is
 * read and is not one treatymark handles, or when it ends without the label it needs.
 */
function restrict(construct: Construct, nameType: NameType): Construct {
  const names = handled[nameType]
  const labelType = labelTypes[nameType]
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const eventsBefore = this.events.length
      let name = ''
      let inName = false
      let rejected = false
      let finished = false
      const watched: Effects = Object.create(effects) as Effects
      watched.enter = (type, fields) => {
        if (type === nameType) {
          inName = true
          name = ''
        }
        return effects.enter(type, fields)
      }
      watched.consume = (code: Code) => {
        if (inName && code !== null && code >= 0) name += String.fromCodePoint(code)
        effects.consume(code)
      }
      watched.exit = (type) => {
        const token = effects.exit(type)
        if (type === nameType) {
          inName = false
          if (!names.has(name)) rejected = true
        }
        return token
      }
      const done: State = (code) => {
        finished = true
        if (rejected || (labelType && !hasEvent(this, eventsBefore, labelType))) return nok(code)
        return ok(code)
      }
      const fail: State = (code) => {
        finished = true
        return nok(code)
      }
      const wrap =
        (state: State): State =>
        (code) => {
          const next = state(code)
          if (finished || !next) return next
          // The name was read and is not ours: stop here, before a container scans its body.
          if (rejected) return fail
          return wrap(next)
        }
      return wrap(construct.tokenize!.call(this, watched, done, fail))
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
