#!/usr/bin/env node
/**
 * The clients tier (`npm run test:clients`): install the packed @treatymark/core into a temporary
 * project, as a user would, next to real hosts, and check each one with the configuration blocks
 * of docs/hosts/*.md:
 *
 * - Astro 5 + @astrojs/mdx: a .md and an .mdx page (front matter, GFM, code, links, colons),
 *   built with and without the preset (both build times are printed);
 * - @mdx-js/mdx 3 + react-dom: compile, run and render;
 * - a Docusaurus-like pipeline (MDX with remark-directive, front matter in file.data.frontMatter);
 * - remark-cli 12: `--frail` on a clean folder (exit 0) and on one with a mistake (exit 1);
 * - rehype-sanitize with treatymarkSanitizeSchema;
 * - TypeScript consumers: tsc with skipLibCheck false for node16, nodenext and bundler, with and
 *   without the DOM lib.
 *
 * Needs `packages/core/dist` (the script `test:clients` builds it first) and the npm registry.
 * TREATYMARK_CLIENTS_DIR=path keeps the project there (reused: a second run skips nothing but
 * installs from the cache).
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const core = path.resolve(here, '..')
const repo = path.resolve(core, '../..')
const docs = path.join(repo, 'docs', 'hosts')
const work =
  process.env.TREATYMARK_CLIENTS_DIR ??
  fs.mkdtempSync(path.join(os.tmpdir(), 'treatymark-clients-'))
const keep = Boolean(process.env.TREATYMARK_CLIENTS_DIR)
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' }

let failures = 0
const figures = []

function log(line) {
  process.stdout.write(`${line}\n`)
}

function run(command, args, cwd, options = {}) {
  const started = performance.now()
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 300_000,
  })
  const seconds = (performance.now() - started) / 1000
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds }
}

function runAsync(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

function must(command, args, cwd, options) {
  const result = run(command, args, cwd, options)
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    )
  }
  return result
}

async function check(name, body) {
  const started = performance.now()
  try {
    await body()
    log(`ok    ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  } catch (error) {
    failures++
    log(`FAIL  ${name}\n${error?.stack ?? error}`)
  }
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

/**
 * Code blocks of a docs page that name their file on a first-lines comment (`// astro.config.mjs`):
 * the tier runs exactly what the docs show.
 */
function docBlocks(page) {
  const text = fs.readFileSync(path.join(docs, page), 'utf8')
  const blocks = new Map()
  for (const match of text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    const lines = match[2].split('\n')
    const named = lines.slice(0, 3).find((line) => /^\/\/ [\w./-]+$/.test(line))
    if (named) blocks.set(named.slice(3), match[2])
  }
  return blocks
}

function docBlock(page, name) {
  const block = docBlocks(page).get(name)
  assert.ok(block, `docs/hosts/${page} has a block for ${name}`)
  return block
}

/** Visible text of some HTML, tags removed and entities of the kind the renderers write decoded. */
function textOf(html) {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&#x22;/g, '"')
}

/** Sentences with colons every host must render exactly as written. */
const colonProse =
  'The meeting at 10:30 set a 3:2 ratio, note:this, Chapter:Two, foo:bar, std::vector, :smile: and www.un.org:443/path.'
const colonBlock = ':::note\nInside a note: Article 7 of the CCM.\n:::'

function assertColons(html, where) {
  const text = textOf(html)
  assert.ok(text.includes(colonProse), `${where}: the colon sentence is unchanged`)
  assert.ok(text.includes(':::note'), `${where}: a :::note block stays text`)
  assert.ok(!/<div><\/div>|<span><\/span>/.test(html), `${where}: no empty element`)
}

function assertMarkup(html, where) {
  assert.match(
    html,
    /<a class="tm-cite" href="https:\/\/[^"]+" data-treaty="ccm" data-article="4"/,
    `${where}: "Article 4 of the Convention" resolved through the front matter`,
  )
  assert.match(html, /<span class="tm-state-list" data-count="3">/, `${where}: state list`)
  assert.match(html, /<span class="tm-state" data-iso3="AUT">Austria<\/span>/, `${where}: state`)
  assert.match(html, /<code>Article 5 of the CCM<\/code>/, `${where}: code untouched`)
  assert.match(
    html,
    /<a href="https:\/\/example.org\/a6">Article 6<\/a>/,
    `${where}: link untouched`,
  )
}

const post = (frontmatter) => `${frontmatter}
# Clearance

Article 4 of the Convention asks for clearance; Austria, Peru and Chile reported on it.

${colonProse}

${colonBlock}

| State | Ratio |
| ----- | ----- |
| Austria | 3:2 |

\`Article 5 of the CCM\` stays code, and [Article 6](https://example.org/a6) stays a link.

Article 99 of the CCM is out of range.
`

async function main() {
  fs.mkdirSync(work, { recursive: true })
  log(`clients tier in ${work}`)
  const started = performance.now()

  // 1. The package as published, installed next to the hosts.
  const pack = must('npm', ['pack', '--json', '--pack-destination', work], core)
  const tarball = JSON.parse(pack.stdout)[0]
  const files = tarball.files.map((f) => f.path)
  for (const name of ['README.md', 'LICENSE', 'NOTICE', 'style.css.d.ts', 'dist/sanitize.js'])
    assert.ok(files.includes(name), `the tarball holds ${name}`)
  write(
    path.join(work, 'package.json'),
    JSON.stringify(
      {
        name: 'treatymark-clients',
        private: true,
        type: 'module',
        dependencies: {
          '@treatymark/core': `file:./${tarball.filename}`,
          '@astrojs/mdx': '^4.3.0',
          '@mdx-js/mdx': '^3.1.0',
          '@types/node': '^20.19.0',
          astro: '^5.18.0',
          react: '^19.0.0',
          'react-dom': '^19.0.0',
          'rehype-sanitize': '^6.0.0',
          'rehype-stringify': '^10.0.1',
          'remark-cli': '^12.0.1',
          'remark-directive': '^4.0.0',
          'remark-frontmatter': '^5.0.0',
          'remark-parse': '^11.0.0',
          'remark-rehype': '^11.1.2',
          typescript: '~5.9.3',
          unified: '^11.0.5',
          vfile: '^6.0.3',
        },
      },
      null,
      2,
    ),
  )
  const install = must(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    work,
    { timeout: 480_000 },
  )
  figures.push(`npm install: ${install.seconds.toFixed(1)} s`)

  // 2. Astro 5 with @astrojs/mdx: the config of docs/hosts/astro.md.
  await check('Astro 5: .md and .mdx pages', () => {
    const site = path.join(work, 'astro-site')
    fs.rmSync(site, { recursive: true, force: true })
    const config = docBlock('astro.md', 'astro.config.mjs')
    write(path.join(site, 'astro.config.mjs'), config)
    write(
      path.join(site, 'astro.config.plain.mjs'),
      "import mdx from '@astrojs/mdx'\nimport { defineConfig } from 'astro/config'\n\nexport default defineConfig({ integrations: [mdx()], outDir: './dist-plain' })\n",
    )
    write(path.join(site, 'src/layouts/Post.astro'), docBlock('astro.md', 'src/layouts/Post.astro'))
    const front = '---\nlayout: ../layouts/Post.astro\ntitle: Clearance\ntreaty: ccm\n---\n'
    write(path.join(site, 'src/pages/post.md'), post(front))
    write(
      path.join(site, 'src/pages/mdx-post.mdx'),
      post(front).replace('# Clearance', 'export const year = 2008\n\n# Clearance in {year}'),
    )
    const withPreset = must('npx', ['astro', 'build'], site)
    const plain = must('npx', ['astro', 'build', '--config', 'astro.config.plain.mjs'], site)
    figures.push(
      `Astro build (2 pages + mdx): ${withPreset.seconds.toFixed(1)} s with the preset, ${plain.seconds.toFixed(1)} s without`,
    )
    for (const page of ['post', 'mdx-post']) {
      const html = fs.readFileSync(path.join(site, 'dist', page, 'index.html'), 'utf8')
      const bare = fs.readFileSync(path.join(site, 'dist-plain', page, 'index.html'), 'utf8')
      assertMarkup(html, `astro ${page}`)
      assertColons(html, `astro ${page}`)
      assertColons(bare, `astro ${page} without treatymark`)
      assert.match(html, /<table>/, `astro ${page}: GFM table`)
      if (page === 'mdx-post') assert.match(html, /Clearance in 2008/, 'mdx expression')
    }
    // The stylesheet imported by the layout is bundled.
    const assets = path.join(site, 'dist', '_astro')
    const css = fs
      .readdirSync(assets)
      .filter((name) => name.endsWith('.css'))
      .map((name) => fs.readFileSync(path.join(assets, name), 'utf8'))
      .join('')
    assert.ok(css.includes('.tm-cite'), 'style.css is bundled')
    // report: 'console' prints the messages (one per page).
    const output = withPreset.stdout + withPreset.stderr
    for (const page of ['post.md', 'mdx-post.mdx'])
      assert.match(
        output,
        new RegExp(
          `${page.replace('.', '\\.')}:\\d+:\\d+ {2}\\w+ {2}.+ {2}treatymark:article-out-of-range`,
        ),
        `console report for ${page}`,
      )
  })

  // 3. @mdx-js/mdx 3 + react-dom: the script of docs/hosts/mdx.md.
  await check('@mdx-js/mdx 3 + react-dom', () => {
    const dir = path.join(work, 'mdx')
    write(path.join(dir, 'mdx.mjs'), docBlock('mdx.md', 'mdx.mjs'))
    write(path.join(dir, 'post.mdx'), post('---\ntreaty: ccm\n---\n'))
    const result = must('node', ['mdx.mjs'], dir)
    assertMarkup(result.stdout, 'mdx')
    assertColons(result.stdout, 'mdx')
    assert.ok(!result.stdout.includes('treaty: ccm'), 'mdx: front matter not rendered')
    assert.match(result.stderr, /post\.mdx:\d+:\d+.*Article 99/, 'mdx: messages')
  })

  // 4. What Docusaurus does (docs/hosts/docusaurus.md): MDX with remark-frontmatter and
  // remark-directive registered by the host, front matter in file.data.frontMatter.
  await check('Docusaurus-like pipeline (syntax: false, file.data.frontMatter)', async () => {
    const dir = path.join(work, 'docusaurus-like')
    write(
      path.join(dir, 'run.mjs'),
      `import { evaluate } from '@mdx-js/mdx'
import { remarkTreatymark } from '@treatymark/core/remark'
import { createElement } from 'react'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import { VFile } from 'vfile'

const file = new VFile({
  path: 'doc.md',
  value: 'Article 4 of the Convention, and :state[the Vatican]{iso3=VAT}.\\n',
  data: { frontMatter: { treaty: 'ccm' } },
})
const { default: Content } = await evaluate(file, {
  ...runtime,
  remarkPlugins: [remarkFrontmatter, remarkDirective, [remarkTreatymark, { syntax: false }]],
})
console.log(renderToStaticMarkup(createElement(Content)))
`,
    )
    const result = must('node', ['run.mjs'], dir)
    assert.match(result.stdout, /data-treaty="ccm" data-article="4"/, 'front matter from the host')
    assert.match(result.stdout, /<span class="tm-state" data-iso3="VAT"[^>]*>the Vatican<\/span>/)
  })

  // 5. remark-cli 12 with the .remarkrc.mjs of docs/hosts/remark-cli.md.
  await check('remark-cli 12 --frail', () => {
    const dir = path.join(work, 'remark-cli')
    fs.rmSync(dir, { recursive: true, force: true })
    write(path.join(dir, '.remarkrc.mjs'), docBlock('remark-cli.md', '.remarkrc.mjs'))
    write(path.join(dir, 'clean/colons.md'), `${colonProse}\n\n${colonBlock}\n`)
    // The examples of docs/remark.md must pass --frail too.
    const remarkDocs = fs.readFileSync(path.join(repo, 'docs', 'remark.md'), 'utf8')
    let index = 0
    for (const match of remarkDocs.matchAll(/^```md\n([\s\S]*?)^```$/gm))
      write(path.join(dir, `clean/docs-example-${++index}.md`), match[1])
    assert.ok(index >= 4, 'docs/remark.md has markdown examples')
    write(path.join(dir, 'mistake/post.md'), 'As :cite[Article 4]{treaty=nope} says.\n')
    const clean = run('npx', ['remark', 'clean', '--quiet', '--frail', '--no-color'], dir)
    assert.equal(clean.status, 0, `clean folder passes --frail:\n${clean.stderr}`)
    const mistake = run('npx', ['remark', 'mistake', '--quiet', '--frail', '--no-color'], dir)
    assert.equal(mistake.status, 1, 'a warning fails --frail')
    assert.match(mistake.stderr, /Unknown instrument `nope`/)
    assert.match(mistake.stderr, /unknown-instrument/)
    // Without --output nothing is written; with --stdout the markdown is remark's own.
    const ours = must('npx', ['remark', 'clean/colons.md', '--stdout', '--quiet'], dir)
    const theirs = must(
      'npx',
      ['remark', 'clean/colons.md', '--stdout', '--quiet', '--no-config'],
      dir,
    )
    assert.equal(ours.stdout, theirs.stdout, 'markdown written as without treatymark')
    assert.ok(
      ours.stdout.includes('note:this') && !ours.stdout.includes('\\:'),
      'no escaped colons',
    )
  })

  // 6. rehype-sanitize with the schema of docs/hosts/sanitize.md.
  await check('rehype-sanitize + treatymarkSanitizeSchema', () => {
    write(path.join(work, 'sanitize/sanitize.mjs'), docBlock('sanitize.md', 'sanitize.mjs'))
    const result = must('node', ['sanitize.mjs'], path.join(work, 'sanitize'))
    assert.match(
      result.stdout,
      /<a class="tm-cite" href="https:[^"]+" data-treaty="ccm" data-article="4"/,
    )
    assert.match(result.stdout, /<span class="tm-state-list" data-count="3">/)
  })

  // 7. TypeScript consumers with skipLibCheck false.
  await check('tsc consumers (node16, nodenext, bundler; with and without DOM)', async () => {
    const dir = path.join(work, 'tsc')
    write(
      path.join(dir, 'node.ts'),
      `import { extract, renderHtml, type Extraction } from '@treatymark/core'
import { remarkTreatymark, type RemarkTreatymarkOptions } from '@treatymark/core/remark'
import { treatymarkSanitizeSchema } from '@treatymark/core/sanitize'
import '@treatymark/core/style.css'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'

const found: Extraction = extract('Article 5 of the APMBT')
const options: RemarkTreatymarkOptions = { cards: false, report: 'console' }
const html: string = renderHtml('Austria', { cards: false })
const file = unified()
  .use(remarkParse)
  .use(remarkTreatymark, options)
  .use(remarkRehype)
  .use(rehypeSanitize, treatymarkSanitizeSchema(defaultSchema))
  .use(rehypeStringify)
  .processSync('Article 4 of the CCM')
export const out: [number, string, string, number] = [
  found.citations.length,
  html,
  String(file),
  file.data.treatymark?.citations.length ?? 0,
]
`,
    )
    write(
      path.join(dir, 'dom.ts'),
      `import { markupDom } from '@treatymark/core/dom'
import './node.js'

export const run = (element: Element): void => void markupDom(element)
`,
    )
    const settings = {
      node16: { module: 'node16', moduleResolution: 'node16' },
      nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
      bundler: { module: 'preserve', moduleResolution: 'bundler' },
    }
    const configs = []
    for (const [name, resolution] of Object.entries(settings)) {
      for (const dom of [false, true]) {
        const config = `tsconfig.${name}${dom ? '.dom' : ''}.json`
        write(
          path.join(dir, config),
          JSON.stringify({
            compilerOptions: {
              ...resolution,
              target: 'es2022',
              lib: dom ? ['es2022', 'dom'] : ['es2022'],
              types: ['node'],
              strict: true,
              skipLibCheck: false,
              noEmit: true,
            },
            files: [dom ? 'dom.ts' : 'node.ts'],
          }),
        )
        configs.push(config)
      }
    }
    // Three at a time: tsc is single-threaded and mostly waits on nothing.
    const results = []
    const queue = [...configs]
    const worker = async () => {
      for (let config = queue.shift(); config; config = queue.shift()) {
        const result = await runAsync('npx', ['tsc', '-p', config], dir)
        results.push(`${config}: ${result.status === 0 ? 'ok' : result.stdout.slice(0, 2000)}`)
      }
    }
    await Promise.all([worker(), worker(), worker()])
    const failed = results.filter((line) => !line.endsWith(': ok'))
    assert.equal(failed.length, 0, failed.join('\n'))
  })

  figures.push(`whole tier: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  for (const line of figures) log(`figure  ${line}`)
  if (!keep) fs.rmSync(work, { recursive: true, force: true })
  if (failures > 0) {
    log(`${failures} client check(s) failed`)
    process.exit(1)
  }
  log('all client checks passed')
}

await main()
