/**
 * The code-injection enhancer: paste one `<script>` into Ghost's Settings > Code injection > Site
 * footer and every post on any theme gets treatymark's markup, in place, with no network request.
 *
 * Configured with data- attributes on the script tag:
 * - `data-selector`   containers to mark up (default `.gh-content`; Casper, Source and most themes)
 * - `data-instrument` default instrument for "the Convention" (an id such as `apmbt`)
 * - `data-kinds`      comma-separated kinds to mark up (default all:
 *                     `citations,documents,states,stateLists,credits`)
 * - `data-stylesheet="false"` leave the stylesheet out (your theme styles `.tm-*` itself)
 * - `data-cards="false"`      no hover cards on citations
 * - `data-demonyms="true"`    also mark demonyms ("Austrian") as states
 *
 * Idempotent: markupDom leaves marked-up elements alone, so running it again (or on a post that
 * already has treatymark cards) changes nothing. `window.treatymarkGhost.run()` runs it again,
 * e.g. after a theme loads more posts.
 */
import type { InstrumentId, Kind } from '@treatymark/core'
import { markupDom, type MarkupDomOptions } from '@treatymark/core/dom'
import css from '@treatymark/core/style.css'

const allKinds: Kind[] = ['citations', 'documents', 'states', 'stateLists', 'credits']

interface Settings {
  selector: string
  stylesheet: boolean
  options: MarkupDomOptions
}

function settingsOf(script: HTMLOrSVGScriptElement | null): Settings {
  const data = (script as HTMLElement | null)?.dataset ?? {}
  const options: MarkupDomOptions = {}
  if (data.instrument) options.instrument = data.instrument as InstrumentId
  if (data.kinds) {
    const kinds = data.kinds
      .split(',')
      .map((k) => k.trim())
      .filter((k): k is Kind => (allKinds as string[]).includes(k))
    options.kinds = kinds
  }
  if (data.cards === 'false') options.cards = false
  if (data.demonyms === 'true') options.demonyms = true
  return {
    selector: data.selector || '.gh-content',
    stylesheet: data.stylesheet !== 'false',
    options,
  }
}

// The packed inline form (see scripts/pack-enhancer.js) runs this code after decompressing it,
// when `document.currentScript` is gone: it finds its tag by `data-treatymark-enhancer`.
const settings = settingsOf(
  document.currentScript ?? document.querySelector('script[data-treatymark-enhancer]'),
)

function addStylesheet(): void {
  if (!settings.stylesheet || document.querySelector('style[data-treatymark]')) return
  const style = document.createElement('style')
  style.setAttribute('data-treatymark', '')
  style.textContent = css
  document.head.appendChild(style)
}

/** Mark up every container on the page; returns how many entities were found. */
function run(): number {
  addStylesheet()
  let found = 0
  let containers: NodeListOf<Element>
  try {
    containers = document.querySelectorAll(settings.selector)
  } catch {
    console.warn(`treatymark: invalid data-selector ${JSON.stringify(settings.selector)}`)
    return 0
  }
  for (const container of containers) {
    try {
      const extraction = markupDom(container, settings.options)
      found +=
        extraction.citations.length +
        extraction.documents.length +
        extraction.states.length +
        extraction.credits.length
    } catch (error) {
      // Never break the page: leave this container as it was.
      console.warn('treatymark:', error)
    }
  }
  return found
}

declare global {
  interface Window {
    treatymarkGhost?: { run: () => number; settings: Settings }
  }
}

window.treatymarkGhost = { run, settings }
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => run())
else run()
