import type { Browser, LaunchOptions } from 'playwright-core'

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string
/** Whether that binary exists. */
export declare const hasChromium: boolean
/** The command-line switches every test uses. */
export declare const chromiumArgs: readonly string[]
/** Launch Chromium; `options` are playwright's launch options, `args` are added to ours. */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>
