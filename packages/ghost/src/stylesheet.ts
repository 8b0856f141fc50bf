/** core's `style.css`, read once from the installed `@treatymark/core` (Node only). */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

let css: string | undefined

export function coreStylesheet(): string {
  css ??= readFileSync(createRequire(import.meta.url).resolve('@treatymark/core/style.css'), 'utf8')
  return css
}

const block = /<style data-treatymark>[\s\S]*?<\/style>\n?/g

/**
 * A post's `codeinjection_head` with treatymark's stylesheet in one `<style data-treatymark>`
 * block: an existing block is replaced, the rest of the author's code injection is kept.
 */
export function withStylesheet(head: string | null | undefined, include = true): string {
  const rest = (head ?? '').replace(block, '')
  if (!include) return rest
  return `<style data-treatymark>\n${coreStylesheet().replace(/<\/style/gi, '<\\/style')}\n</style>\n${rest}`
}
