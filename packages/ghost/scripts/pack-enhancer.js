// Packs dist/enhancer.js into the tags an owner pastes into Ghost's code injection, with no URL
// and no request: the bundle deflated and written in base 91, in data blocks
// (`<script type="text/plain">`, never run), and a small loader that joins them, decodes and
// inflates them with the browser's DecompressionStream and runs the result.
//
// Why ASCII and two fields: Ghost stores each code injection field in a TEXT column of at most
// 65,535 characters (its validator) and, on MySQL, 65,535 bytes: only ASCII keeps the two the same.
// The deflated bundle is more than one field holds, so the data is split between Site header and
// Site footer (the loader goes last, in the footer), each with a margin for the owner's own code.
// When the bundle gets small enough, everything goes into the footer alone.
//
// The format (base 91 and the loader) is in pack-format.js.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'
import { deflateAsync } from '@gfx/zopfli'
import { minify } from 'terser'
import { base91, dataBlock, loaderTag } from './pack-format.js'

const limit = 65_535
// Keep each field this far under Ghost's limit: room for data- attributes and for core to grow.
const partLimit = 50_000
const bundle = new URL('../dist/enhancer.js', import.meta.url)
const minified = await minify(await readFile(bundle, 'utf8'), {
  ecma: 2020,
  // hoist_funs: every function declaration at the top of its scope (where JavaScript hoists it
  // anyway), so the functions stand together and deflate finds more of their shared text: about
  // 1 KB less deflated, some 650 characters less in each part.
  compress: { passes: 2, hoist_funs: true },
  mangle: true,
  format: { comments: /^!/ },
})
if (!minified.code) throw new Error('terser returned no code for dist/enhancer.js')
await writeFile(bundle, minified.code)
const code = Buffer.from(minified.code)

// Zopfli writes the same raw DEFLATE stream as zlib, about 4% smaller (some 2,400 characters of
// room in each field), at a cost of a second or so of build time.
const deflated = Buffer.from(await deflateAsync(code, { numiterations: 15 }))
if (!inflateRawSync(deflated).equals(code))
  throw new Error('zopfli: the data does not inflate back')
const data = base91(deflated)
const build = createHash('sha256').update(code).digest('hex').slice(0, 10)
const block = (index, text) => dataBlock(build, index, text)
const script = (parts) => loaderTag(build, parts)

const fields = [
  { key: 'codeinjection_head', field: 'Site header' },
  { key: 'codeinjection_foot', field: 'Site footer' },
]
let out
if (block(0, data).length + script(1).length <= partLimit) {
  out = [{ ...fields[1], tag: block(0, data) + script(1) }]
} else {
  // Header: the first part of the data; footer: the rest and the loader, cut so the two parts
  // are the same length (the loader joins the data before decoding, so any cut will do).
  const cut = Math.ceil((data.length + script(2).length) / 2)
  out = [
    { ...fields[0], tag: block(0, data.slice(0, cut)) },
    { ...fields[1], tag: block(1, data.slice(cut)) + script(2) },
  ]
}
for (const part of out) {
  // Not a build failure (core may grow): the Ghost tier fails when Ghost refuses the setting.
  if (part.tag.length > limit || !/^[\x20-\x7e]*$/.test(part.tag))
    console.warn(
      `WARNING: the ${part.field} part is ${part.tag.length} characters (Ghost allows ${limit})`,
    )
}
await writeFile(new URL('../dist/enhancer-parts.json', import.meta.url), JSON.stringify(out))
console.log(
  `dist/enhancer-parts.json: ${out.map((p) => `${p.field} ${p.tag.length}`).join(', ')} characters (ASCII; Ghost allows ${limit} per field)`,
)
