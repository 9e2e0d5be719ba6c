import { chromium, type Browser } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../test-support/chromium-launch.mjs'

/** Debian's Chromium (never a downloaded browser), started the same way in every test. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}
