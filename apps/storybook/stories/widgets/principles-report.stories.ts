import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { EARLY_REPORT, INITIATIVE, REPORT } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Principles report',
  component: 'cp-principles-report',
  parameters: {
    docs: {
      description: {
        component:
          "The principles engine's report, for staff: where the work sits on the ladder, a score for each of the five principles, and every finding with what to do. The report in these stories is made by the real `evaluate` from `@coproduce/principles`.",
      },
    },
  },
}
export default meta
type Story = StoryObj

const report = (client = sampleClient(), lang = 'en') =>
  html`<cp-principles-report .client=${client} initiative=${INITIATIVE} lang=${lang}></cp-principles-report>`

export const Empty: Story = {
  name: 'Empty',
  parameters: {
    docs: { description: { story: 'A plan with only a title and purpose: most findings say there is not enough to judge yet.' } },
  },
  render: () => report(sampleClient({ getReport: async () => EARLY_REPORT })),
}
export const Loading: Story = { render: () => report(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => report(errorClient()) }
export const Offline: Story = { render: () => report(offlineClient()) }
export const Success: Story = { render: () => report() }
export const Welsh: Story = { render: () => report(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => report(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => report() }
export const PassedIn: Story = {
  name: 'Report passed in (no client)',
  render: () => html`<cp-principles-report .report=${REPORT}></cp-principles-report>`,
}
