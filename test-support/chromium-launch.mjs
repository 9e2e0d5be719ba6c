/**
 * How every test and benchmark starts a browser: Debian's Chromium (never a downloaded one, which this
 * network cannot fetch), overridable with CHROME_PATH, with the flags that keep it off the network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}
