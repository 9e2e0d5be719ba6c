/** The states every widget is shown in. The test checks each widget has all of them. */
export const STATES = ['Empty', 'Loading', 'Error', 'Offline', 'Success', 'Welsh', 'Urdu right to left', 'Forced colours'] as const

/**
 * For "Forced colours" stories. Storybook cannot switch the operating system's colours, so the test turns on
 * forced colours in Chromium for these stories (`page.emulateMedia({ forcedColors: 'active' })`). To see it by
 * hand, use Chrome DevTools: Rendering, "Emulate CSS media feature forced-colors".
 */
export const forcedColours = { forcedColors: 'active' } as const
