import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { MEMBER, NO_CONSENTS } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Consent',
  component: 'cp-consent',
  parameters: {
    docs: {
      description: {
        component:
          'A person\'s choices about how their words, name and pictures are used. One question per use; yes and no have equal weight; nothing is ticked for them; a yes is taken back in one step. Shows their history and gives them a receipt.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const consent = (client = sampleClient(), lang = 'en') =>
  html`<cp-consent .client=${client} member=${MEMBER} lang=${lang}></cp-consent>`

export const Empty: Story = {
  parameters: { docs: { description: { story: 'Not asked yet: every purpose waits for an answer, nothing is pre-ticked.' } } },
  render: () => consent(sampleClient({ getConsents: async () => NO_CONSENTS })),
}
export const Loading: Story = { render: () => consent(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => consent(errorClient()) }
export const Offline: Story = { render: () => consent(offlineClient()) }
export const Success: Story = {
  parameters: { docs: { description: { story: 'Some choices made, one taken back, with the dated history.' } } },
  render: () => consent(),
}
export const Welsh: Story = { render: () => consent(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => consent(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => consent() }
