#!/usr/bin/env node
// The `treatymark` bin. A committed file, so npm links it at install time even before the first
// build (npm skips a bin whose file does not exist yet, and `npx treatymark` would then go to the
// registry). It runs the built CLI.
import { existsSync } from 'node:fs'

const cli = new URL('../dist/cli/index.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write(
    'treatymark: the CLI is not built yet: run "npm run build" (or "npm start") first\n',
  )
  process.exitCode = 2
} else {
  const { run } = await import(cli.href)
  await run(process.argv.slice(2))
}
