/**
 * One way to start a browser in treatymark's browser tests: Debian's Chromium (never a browser
 * downloaded by `playwright install`, which cannot reach its CDN here), headless, with nothing
 * that talks to Google's servers, so a test sees only the requests its page makes.
 */
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Whether that binary exists (tests skip with `apt-get install chromium` as the reason). */
export const hasChromium = existsSync(chromiumPath)

/** The command-line switches every test uses. */
export const chromiumArgs = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
])

/**
 * Launch Chromium; `options` are playwright's launch options, `args` are added to ours.
 * @param {import('playwright-core').LaunchOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium(options = {}) {
  return chromium.launch({
    ...options,
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(options.args ?? [])],
  })
}
