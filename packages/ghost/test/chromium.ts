/** Debian's Chromium through playwright-core, launched as every treatymark browser test does. */
export { chromiumPath, hasChromium, launchChromium } from '@treatymark/test-chromium'
