#!/usr/bin/env node
/**
 * The API reports of @treatymark/core (`etc/*.api.md`, one per entry point, written by
 * API Extractor from `dist/*.d.ts`) hold the public surface.
 *
 *   node scripts/check-api.mjs          fail when the API differs from the reports (npm run lint)
 *   node scripts/check-api.mjs --update rewrite the reports after an intended change (npm run api)
 *
 * A change of the reports must come with a changeset: the check also fails when the reports
 * differ from those of the last commit (uncommitted) without a new changeset in the work tree,
 * or when the last commit that changed a report has no changeset for @treatymark/core added in
 * it or after it. Without git history (an export, a shallow clone) that part is skipped, with a
 * message.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const update = process.argv.includes('--update')
const configs = [
  'api-extractor.json',
  'api-extractor.remark.json',
  'api-extractor.dom.json',
  'api-extractor.sanitize.json',
]

let failed = false
for (const name of configs) {
  const config = ExtractorConfig.loadFileAndPrepare(path.join(root, name))
  if (!fs.existsSync(config.mainEntryPointFilePath)) {
    console.error(
      `check-api: ${path.relative(root, config.mainEntryPointFilePath)} is missing; run "npm run build" first`,
    )
    process.exit(1)
  }
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false })
  if (!result.succeeded) failed = true
  if (!update && result.apiReportChanged) {
    console.error(
      `check-api: the public API of ${path.relative(root, config.mainEntryPointFilePath)} changed.\n` +
        `  If that is intended: run "npm run api -w @treatymark/core", commit etc/ and add a changeset (npx changeset).`,
    )
  }
}
if (failed) process.exit(1)

function git(...args) {
  return execFileSync('git', args, {
    cwd: gitRoot ?? root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
}

/** Whether a changeset file names @treatymark/core in its front matter. */
function namesCore(file) {
  try {
    const text = fs.readFileSync(path.join(gitRoot, file), 'utf8')
    return /^---\n[\s\S]*?['"]@treatymark\/core['"]\s*:\s*(?:major|minor|patch)[\s\S]*?\n---/m.test(
      text,
    )
  } catch {
    // Added and later consumed by `changeset version`: it was a changeset when it was added.
    return true
  }
}

let gitRoot
try {
  gitRoot = git('rev-parse', '--show-toplevel')
} catch {
  console.log('check-api: no git repository; the changeset check is skipped')
  process.exit(0)
}
const reports = path.relative(gitRoot, path.join(root, 'etc'))
const changesetDir = '.changeset'

const isChangeset = (file) =>
  file.startsWith(`${changesetDir}/`) && file.endsWith('.md') && !file.endsWith('README.md')

// Reports changed in the work tree (not committed yet), and the last commit that changed them.
const dirty = git('status', '--porcelain', '--', reports) !== ''
const last = git('log', '-1', '--format=%H', '--', reports)
if (!dirty && last === '') {
  console.log('check-api: no API report committed yet')
  process.exit(0)
}

// The changesets that go with the current reports: new ones in the work tree, and those added in
// commits since the previous report change (the commit that made the committed reports included).
const found = new Set()
if (dirty) {
  for (const line of git(
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    changesetDir,
  ).split('\n')) {
    const file = line.slice(3)
    if (isChangeset(file)) found.add(file)
  }
}
if (last === '') {
  // The first report: any changeset of the branch goes with it.
  for (const file of git('ls-files', '--', changesetDir).split('\n'))
    if (isChangeset(file)) found.add(file)
} else {
  let range
  if (dirty) range = [`${last}..HEAD`]
  else {
    try {
      git('rev-parse', '--verify', '--quiet', `${last}^`)
      range = [`${last}^..HEAD`]
    } catch {
      range = ['-1', last] // the first commit, or a shallow clone's
    }
  }
  const added = git(
    'log',
    '--diff-filter=A',
    '--name-only',
    '--format=',
    ...range,
    '--',
    changesetDir,
  )
  for (const file of added.split('\n')) if (isChangeset(file)) found.add(file)
}
const withCore = [...found].filter(namesCore)
if (withCore.length === 0) {
  console.error(
    dirty
      ? 'check-api: the API reports changed without a changeset for @treatymark/core (npx changeset)'
      : `check-api: commit ${last.slice(0, 12)} changed the API reports without a changeset for @treatymark/core`,
  )
  process.exit(1)
}
console.log(`check-api: API reports match the build; changeset: ${withCore.join(', ')}`)
