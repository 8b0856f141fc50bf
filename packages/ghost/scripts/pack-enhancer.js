// Packs dist/enhancer.js into one inline <script> that fits Ghost's code injection (65,535
// characters per field): the bundle deflated, its bytes written one per character in a string,
// and a small loader that inflates it with DecompressionStream and runs it. No network request.
import { readFile, writeFile } from 'node:fs/promises'
import { deflateRawSync } from 'node:zlib'

const limit = 65_535
const code = await readFile(new URL('../dist/enhancer.js', import.meta.url))
const packed = deflateRawSync(code, { level: 9 })
// A JavaScript string literal inside an HTML <script>: escape what the string or the HTML
// parser would change (quote, backslash, line breaks, NUL) and `<` (no `</script`, no `<!--`).
const escapes = {
  0x00: '\\x00',
  0x0a: '\\n',
  0x0d: '\\r',
  0x22: '\\"',
  0x3c: '\\x3c',
  0x5c: '\\\\',
}
let literal = ''
for (const byte of packed) literal += escapes[byte] ?? String.fromCharCode(byte)
const loader =
  '(function(){var s=document.currentScript,d="' +
  literal +
  '",b=new Uint8Array(d.length);for(var i=0;i<d.length;i++)b[i]=d.charCodeAt(i);' +
  'new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text()' +
  '.then(function(t){Function(t)()})})()'
const tag = `<script data-treatymark-enhancer>${loader}</script>`
if (tag.length > limit) {
  console.error(`enhancer-inline.html is ${tag.length} characters, over Ghost's ${limit}`)
  process.exit(1)
}
await writeFile(new URL('../dist/enhancer-inline.html', import.meta.url), tag)
console.log(`dist/enhancer-inline.html: ${tag.length} characters (Ghost allows ${limit})`)
