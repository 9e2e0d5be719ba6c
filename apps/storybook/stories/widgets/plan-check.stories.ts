import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { INITIATIVE } from '../support/sample-data.js'
import { staffClient, staffErrorClient, staffLoadingClient, staffLongClient, staffOfflineClient } from '../support/sessions-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Staff widgets/Plan check',
  component: 'cp-plan-check',
  parameters: {
    docs: { description: { component: 'The plan as a form, with what the principles check finds beside each part, live as staff type.' } },
  },
}
export default meta
type Story = StoryObj

const widget = (client = staffClient(), lang = 'en') =>
  html`<cp-plan-check .client=${client} initiative=${INITIATIVE} lang=${lang}></cp-plan-check>`

export const Empty: Story = { render: () => widget(staffClient({}, { members: [], sessions: [], payments: [] })) }
export const Loading: Story = { render: () => widget(staffLoadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => widget(staffErrorClient()) }
export const Offline: Story = { render: () => widget(staffOfflineClient()) }
export const Success: Story = { render: () => widget() }
export const LongLists: Story = { name: 'Long lists', render: () => widget(staffLongClient()) }
export const Welsh: Story = { render: () => widget(staffClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => widget(staffClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => widget() }
export const NarrowScreen: Story = { name: 'Narrow screen (320px)', render: () => html`<div style="max-width:320px">${widget()}</div>` }
