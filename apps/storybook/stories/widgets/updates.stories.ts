import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { INITIATIVE, UPDATES } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Updates',
  component: 'cp-updates',
  parameters: {
    docs: {
      description: {
        component:
          '"You said, we did": what was done with what people said. Words and names show only with the person\'s consent (the server filters them). "Not possible" always says why.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const updates = (client = sampleClient(), lang = 'en') =>
  html`<cp-updates .client=${client} initiative=${INITIATIVE} lang=${lang}></cp-updates>`

export const Empty: Story = { render: () => updates(sampleClient({ getUpdates: async () => [] })) }
export const Loading: Story = { render: () => updates(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => updates(errorClient()) }
export const Offline: Story = { render: () => updates(offlineClient()) }
export const Success: Story = { render: () => updates() }
export const Welsh: Story = { render: () => updates(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => updates(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => updates() }
export const NarrowScreen: Story = {
  name: 'Narrow screen (320px)',
  render: () => html`<div style="max-width:320px">${updates()}</div>`,
}

/** #10: a member sees what they helped with, newest first, with the notes of what changed. */
export const YouHelped: Story = {
  name: 'You helped with this (member)',
  render: () =>
    html`<cp-updates
      .client=${sampleClient({ getUpdates: async () => UPDATES.map((u, i) => (i === 0 ? { ...u, yours: true } : u)) })}
      initiative=${INITIATIVE}
      member="m-sam"
    ></cp-updates>`,
}
