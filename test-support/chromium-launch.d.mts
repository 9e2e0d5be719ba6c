/** How every test and benchmark starts Debian's Chromium (see chromium-launch.mjs). */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] }
