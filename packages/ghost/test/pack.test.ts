/**
 * The packed enhancer (`scripts/pack-enhancer.js`, run by `npm run build`): the loader in the
 * Site footer part, run as a browser runs it, must give back dist/enhancer.js byte for byte from
 * the base 91 data blocks, and must refuse parts of another build.
 */
import { readFile } from 'node:fs/promises'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { deflateRawSync } from 'node:zlib'
import { base91, dataBlock, loaderTag } from '../scripts/pack-format.js'

interface Part {
  field: string
  tag: string
}

const parts = JSON.parse(
  await readFile(new URL('../dist/enhancer-parts.json', import.meta.url), 'utf8'),
) as Part[]
const bundle = await readFile(new URL('../dist/enhancer.js', import.meta.url), 'utf8')

/** The data blocks and the loader of `tags`, as a page holds them. */
function page(tags: string[]) {
  const blocks = [
    ...tags
      .join('')
      .matchAll(/<script type="text\/plain" data-treatymark-pack="([^"]+)">([^<]*)<\/script>/g),
  ]
  const loader = /<script data-treatymark-enhancer>([\s\S]*?)<\/script>/.exec(tags.join(''))
  return {
    blocks: blocks.map((m) => ({
      getAttribute: (name: string) => (name === 'data-treatymark-pack' ? m[1] : null),
      textContent: m[2],
    })),
    loader: loader?.[1] ?? '',
  }
}

/** Run the loader in a context like a browser's; resolves with the code it would run. */
function runLoader(tags: string[]): Promise<{ code: string | null; warnings: string[] }> {
  const { blocks, loader } = page(tags)
  const warnings: string[] = []
  return new Promise((resolve) => {
    const context = {
      document: { querySelectorAll: () => blocks },
      console: {
        // The loader warns and returns: nothing more will run.
        warn: (message: string) => {
          warnings.push(message)
          resolve({ code: null, warnings })
        },
      },
      Response,
      Blob,
      DecompressionStream,
      Uint8Array,
      // The loader runs what it inflated with `Function(code)()`: keep the code instead.
      Function: (code: string) => () => resolve({ code, warnings }),
    }
    vm.runInNewContext(loader, context)
    setTimeout(() => resolve({ code: null, warnings }), 2000)
  })
}

describe('the packed enhancer', () => {
  it('is printable ASCII without "<" inside its data blocks', () => {
    expect(parts.length).toBeGreaterThanOrEqual(1)
    for (const { blocks } of [page(parts.map((p) => p.tag))]) {
      for (const block of blocks) expect(block.textContent).toMatch(/^[!#-;=-[\]-~]+$/)
    }
  })

  it('gives back dist/enhancer.js byte for byte when the loader runs', async () => {
    const { code, warnings } = await runLoader(parts.map((p) => p.tag))
    expect(warnings).toEqual([])
    // Compared whole, without printing 300 KB on failure.
    expect(code?.length).toBe(bundle.length)
    expect(code === bundle).toBe(true)
  })

  it('warns and runs nothing when a part is missing or from another build', async () => {
    if (parts.length < 2) return expect(parts).toHaveLength(1)
    const missing = await runLoader([parts.at(-1)!.tag])
    expect(missing.code).toBeNull()
    expect(missing.warnings[0]).toMatch(/part 1 of 2 of the enhancer is missing/)
    const other = parts[0]!.tag.replace(
      /data-treatymark-pack="\w+:/,
      'data-treatymark-pack="0000000000:',
    )
    const old = await runLoader([other, parts.at(-1)!.tag])
    expect(old.code).toBeNull()
    expect(old.warnings).toHaveLength(1)
  })
})

describe('base91 and the loader', () => {
  it('carry any bytes: every tail case of the encoding, split anywhere between parts', async () => {
    // Deflated texts of many lengths end on every remainder of bits the encoder can leave.
    for (let length = 0; length < 40; length++) {
      const code = Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 37) % 95))).join(
        '',
      )
      const data = base91(deflateRawSync(Buffer.from(code)))
      expect(data).toMatch(/^[!#-;=-[\]-~]*$/)
      const cut = Math.floor(data.length / 3)
      const tags = [
        dataBlock('b', 0, data.slice(0, cut)),
        dataBlock('b', 1, data.slice(cut)) + loaderTag('b', 2),
      ]
      expect((await runLoader(tags)).code).toBe(code)
    }
  })

  it('carries every byte value', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)
    const tags = [dataBlock('b', 0, base91(deflateRawSync(bytes))) + loaderTag('b', 1)]
    const { code } = await runLoader(tags)
    expect(Buffer.from(code!, 'latin1')).toEqual(
      Buffer.from(new TextDecoder().decode(bytes), 'latin1'),
    )
  })
})
