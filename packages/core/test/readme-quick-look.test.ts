/**
 * The README's quick-look commands, run as written (`npx treatymark …`) from a folder inside the
 * repository, with npm offline: they must find the workspace's bin (the committed shim), not go
 * to the registry.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../../..')
const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8')

/** The `npx treatymark` lines of the README's sh blocks, without their comments. */
const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((block) => block[1]!.split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('npx treatymark '))

function sh(command: string) {
  return spawnSync('sh', ['-c', command], {
    cwd: path.join(here, 'quick-look'),
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_yes: 'false' },
    timeout: 120_000,
  })
}

describe('README quick look', () => {
  it('lists the three commands', () => {
    expect(commands).toEqual([
      'npx treatymark extract --json post.md',
      'npx treatymark check post.md',
      'npx treatymark render post.md',
    ])
  })

  it('npx treatymark extract --json post.md prints the entities of the markdown', () => {
    const result = sh(commands[0]!)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.citations.map((c: { text: string }) => c.text)).toEqual([
      'Article 5(1) of the Mine Ban Treaty',
    ])
    expect(json.stateLists[0].members).toEqual(['TCD', 'ETH', 'ZWE'])
    expect(json.documents.map((d: { symbol: string }) => d.symbol)).toEqual([
      'APLC/MSP.21/2023/WP.4',
    ])
  })

  it('npx treatymark check post.md finds no issue (the code block is skipped)', () => {
    const result = sh(commands[1]!)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('no issues found in 1 file\n')
  })

  it('npx treatymark render post.md prints the HTML', () => {
    const result = sh(commands[2]!)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('<h1>Mine clearance deadlines</h1>')
    expect(result.stdout).toContain('<span class="tm-state-list" data-count="3">')
    expect(result.stdout).toContain('data-treaty="apmbt" data-article="5" data-paragraph="1"')
  })
})
