/** Ghost's own lexical renderer (the versions Ghost 5.130 pins, which run on Node 20). */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface Renderer {
  render(lexical: string, options?: { target?: 'html' | 'email' }): Promise<string>
}

let renderer: Renderer | undefined
const errors: Error[] = []

/** Render a lexical document (object or JSON string) the way Ghost renders a post. */
export async function renderLexical(
  lexical: unknown,
  target: 'html' | 'email' = 'html',
): Promise<string> {
  if (!renderer) {
    const mod = require('@tryghost/kg-lexical-html-renderer') as { default?: unknown }
    const Ctor = (mod.default ?? mod) as new (options: {
      nodes: unknown[]
      onError: (error: Error) => void
    }) => Renderer
    const { DEFAULT_NODES } = require('@tryghost/kg-default-nodes') as { DEFAULT_NODES: unknown[] }
    renderer = new Ctor({ nodes: DEFAULT_NODES, onError: (error) => errors.push(error) })
  }
  errors.length = 0
  const html = await renderer.render(
    typeof lexical === 'string' ? lexical : JSON.stringify(lexical),
    { target },
  )
  if (errors.length > 0) throw errors[0]
  return html
}
