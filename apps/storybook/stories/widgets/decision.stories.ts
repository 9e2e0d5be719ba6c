import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import type { LitElement } from 'lit'
import { dropsOnSendClient, errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { DECIDED } from '../support/decision-data.js'
import { played, widget } from '../support/play.js'
import { INITIATIVE, MEMBER } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Decision',
  component: 'cp-decision',
  parameters: {
    docs: {
      description: {
        component:
          'One question the group decides together: the choices and who suggested them (names only where people agreed), give your view or add a choice, see how views stand when the group shows them, and, once decided, what was decided, how ("everyone agreed", "a vote", "the group asked … to decide", "staff decided") and by whom. A view given with no connection is kept on the device and sent once when it returns.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const decision = (client = sampleClient(), lang = 'en', id = 'd-aims') =>
  html`<cp-decision .client=${client} initiative=${INITIATIVE} decision=${id} member=${MEMBER} lang=${lang}></cp-decision>`

const settle = async (el: LitElement) => {
  await el.updateComplete
  await new Promise((resolve) => setTimeout(resolve, 100))
  await el.updateComplete
}

/** Choose the first choice, write why, and press "Share my view", as a person would. */
async function giveView(canvas: HTMLElement, choose = true): Promise<void> {
  const el = await widget(canvas, 'cp-decision')
  await settle(el)
  const root = el.shadowRoot!
  if (choose) {
    root.querySelector<HTMLInputElement>('#option-0')!.click()
    const reason = root.querySelector<HTMLTextAreaElement>('#reason')!
    reason.value = 'Mornings are the hardest part of my week.'
    reason.dispatchEvent(new Event('input'))
  }
  await settle(el)
  root.querySelector<HTMLButtonElement>('[part=send]')!.click()
  await settle(el)
  played()
}

export const Empty: Story = {
  parameters: { docs: { description: { story: 'No decision given yet: it says there is nothing to decide.' } } },
  render: () => decision(sampleClient(), 'en', ''),
}
export const Loading: Story = { render: () => decision(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => decision(errorClient()) }
export const Offline: Story = { render: () => decision(offlineClient()) }
export const Success: Story = {
  parameters: { docs: { description: { story: 'Open: the choices, who suggested them, how many chose each, and what people said.' } } },
  render: () => decision(),
}
export const ViewGiven: Story = {
  name: 'View given',
  render: () => decision(),
  play: async ({ canvasElement }) => giveView(canvasElement),
}
export const ErrorSummary: Story = {
  name: 'Error summary',
  parameters: { docs: { description: { story: 'Sent with nothing chosen: an error summary links to the choices.' } } },
  render: () => decision(),
  play: async ({ canvasElement }) => giveView(canvasElement, false),
}
export const SavedOffline: Story = {
  name: 'Saved offline',
  parameters: {
    docs: {
      description: {
        story: 'The connection dropped as the view was sent: it is kept on this device and sent once when the connection returns.',
      },
    },
  },
  render: () => decision(dropsOnSendClient()),
  play: async ({ canvasElement }) => giveView(canvasElement),
}
export const Decided: Story = {
  parameters: { docs: { description: { story: 'Decided: what, how in plain words, and by whom.' } } },
  render: () => decision(sampleClient({ getDecision: async () => DECIDED })),
}
export const Welsh: Story = { render: () => decision(sampleClient({ getDecision: async () => DECIDED }), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => decision(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => decision() }
export const NarrowScreen: Story = {
  name: 'Narrow screen (320px)',
  render: () => html`<div style="max-width:320px">${decision()}</div>`,
}
