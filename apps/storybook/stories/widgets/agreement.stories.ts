import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ClientError } from '@coproduce/elements'
import { errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { played, widget } from '../support/play.js'
import { INITIATIVE, MEMBER } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Agreement',
  component: 'cp-agreement',
  parameters: {
    docs: {
      description: {
        component:
          'The group\'s ground rules, decided together. Each person can agree, say they do not agree yet, or suggest a change (which opens a new decision for the group). Staff (`mode="staff"`) also see who has not agreed yet.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const agreement = (client = sampleClient(), lang = 'en', mode = '') =>
  html`<cp-agreement .client=${client} initiative=${INITIATIVE} member=${MEMBER} lang=${lang} mode=${mode}></cp-agreement>`

export const Empty: Story = {
  parameters: { docs: { description: { story: 'No ground rules yet (the server answers 404).' } } },
  render: () =>
    agreement(
      sampleClient({
        getAgreement: async () => {
          throw new ClientError(404, 'not-found', 'No ground rules yet')
        },
      }),
    ),
}
export const Loading: Story = { render: () => agreement(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => agreement(errorClient()) }
export const Offline: Story = { render: () => agreement(offlineClient()) }
export const Success: Story = { render: () => agreement() }
export const Staff: Story = {
  name: 'Staff: who has not agreed yet',
  render: () => agreement(sampleClient(), 'en', 'staff'),
}
export const ErrorSummary: Story = {
  name: 'Error summary',
  parameters: { docs: { description: { story: '"Suggest a change" chosen with no words: the summary links to the box.' } } },
  render: () => agreement(),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'cp-agreement')
    await new Promise((resolve) => setTimeout(resolve, 100))
    el.shadowRoot!.querySelector<HTMLInputElement>('#answer-2')!.click()
    await el.updateComplete
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=send]')!.click()
    await new Promise((resolve) => setTimeout(resolve, 100))
    played()
  },
}
export const Welsh: Story = { render: () => agreement(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => agreement(sampleClient(), 'ur', 'staff') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => agreement() }
export const NarrowScreen: Story = {
  name: 'Narrow screen (320px)',
  render: () => html`<div style="max-width:320px">${agreement()}</div>`,
}
