// The format of the packed enhancer (used by pack-enhancer.js and its tests): the data blocks in
// base 91 and the loader that joins, decodes, inflates and runs them.
//
// Why base 91 (basE91, Joachim Henke's scheme) and not base64: 13 or 14 bits per two characters
// instead of 12, so the parts are 7-8% shorter, which leaves the owner that much more of each
// field. Its alphabet is the printable ASCII but `<` (so no `</script` or `<!--` can appear in a
// data block), `"` and `\\` (so the loader can hold it in a plain string).

/** The 91 characters of the encoding, in order of their values. */
export const alphabet = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '<' && c !== '"' && c !== '\\')
  .join('')
if (alphabet.length !== 91) throw new Error('the base 91 alphabet must have 91 characters')

/** `bytes` in base 91 (basE91: 13 bits per pair of characters where they fit, else 14). */
export function base91(bytes) {
  let bits = 0
  let count = 0
  let out = ''
  for (const byte of bytes) {
    bits |= byte << count
    count += 8
    if (count > 13) {
      let value = bits & 8191
      if (value > 88) {
        bits >>= 13
        count -= 13
      } else {
        value = bits & 16383
        bits >>= 14
        count -= 14
      }
      out += alphabet[value % 91] + alphabet[Math.floor(value / 91)]
    }
  }
  if (count > 0) {
    out += alphabet[bits % 91]
    if (count > 7 || bits > 90) out += alphabet[Math.floor(bits / 91)]
  }
  return out
}

// The loader: finds the data blocks of its own build (a header from an older build is ignored with
// a warning), checks none is missing, inflates and runs. The enhancer reads its data- attributes
// from this tag (`script[data-treatymark-enhancer]`).
export const loader = (build, parts) =>
  '(function(){' +
  `var b="${build}",n=${parts},d=[],p=document.querySelectorAll("script[data-treatymark-pack]"),i,m;` +
  'for(i=0;i<p.length;i++){m=/^(\\w+):(\\d+)$/.exec(p[i].getAttribute("data-treatymark-pack"));' +
  'if(m&&m[1]===b)d[m[2]-1]=p[i].textContent}' +
  'for(i=0;i<n;i++)if(!d[i])return console.warn("treatymark: part "+(i+1)+" of "+n+" of the enhancer is missing or from another version: paste every part printed by treatymark-ghost enhancer (Settings > Code injection)");' +
  // Decode base 91: a table from character code to value, then 13 or 14 bits per pair.
  `var a="${alphabet}",t=[],s=d.join("").replace(/\\s+/g,""),o=[],v=-1,x=0,k=0,c;` +
  'for(i=0;i<91;i++)t[a.charCodeAt(i)]=i;' +
  'for(i=0;i<s.length;i++){c=t[s.charCodeAt(i)];if(v<0)v=c;else{v+=c*91;x|=v<<k;k+=(v&8191)>88?13:14;do{o.push(x&255);x>>=8;k-=8}while(k>7);v=-1}}' +
  'if(v>-1)o.push((x|v<<k)&255);var u=new Uint8Array(o);' +
  'new Response(new Blob([u]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text()' +
  '.then(function(t){Function(t)()})})()'

/** A data block: part `index` (from 0) of build `build`, never run by the browser. */
export const dataBlock = (build, index, text) =>
  `<script type="text/plain" data-treatymark-pack="${build}:${index + 1}">${text}</script>`

/** The loader's tag, for a build in `parts` parts; data- attributes are added into it later. */
export const loaderTag = (build, parts) =>
  `<script data-treatymark-enhancer>${loader(build, parts)}</script>`
