import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { dropsOnSendClient, loadingClient, sampleClient } from '../support/fake-client.js'
import { fillFeedback, played, send, widget } from '../support/play.js'
import { INITIATIVE, MEMBER } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Feedback',
  component: 'cp-feedback',
  parameters: {
    docs: {
      description: {
        component:
          'A rating (the Friends and Family Test scale), a few words, or a story. People can send it without their name and say how their words may be used: nothing is ticked for them, and saying no never stops them sending. With no connection, it is kept on the device and sent once when the connection returns.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const feedback = (client = sampleClient(), lang = 'en', extra = '') =>
  html`<cp-feedback .client=${client} initiative=${INITIATIVE} lang=${lang} reply-within-days="14" kinds=${extra || 'rating text'}></cp-feedback>`

export const Empty: Story = { render: () => feedback() }

export const Loading: Story = {
  parameters: { docs: { description: { story: 'Sending: the server has not answered yet.' } } },
  render: () => feedback(loadingClient()),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'cp-feedback')
    await fillFeedback(el)
    await send(el)
    played()
  },
}

export const ErrorState: Story = {
  name: 'Error',
  parameters: { docs: { description: { story: 'Sent with nothing filled in: an error summary at the top links to each question.' } } },
  render: () => feedback(sampleClient(), 'en', 'rating'),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'cp-feedback')
    await send(el)
    played()
  },
}

export const Offline: Story = {
  parameters: {
    docs: { description: { story: 'No connection: the feedback is kept on this device and sent when the connection returns.' } },
  },
  render: () => feedback(dropsOnSendClient()),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'cp-feedback')
    await fillFeedback(el)
    await send(el)
    played()
  },
}

export const Success: Story = {
  parameters: { docs: { description: { story: 'Sent: thank you, and when they will hear back.' } } },
  render: () => feedback(),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'cp-feedback')
    await fillFeedback(el, 'very-good')
    await send(el)
    played()
  },
}

export const Welsh: Story = { render: () => feedback(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => feedback(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => feedback() }
export const Story_: Story = { name: 'A story', render: () => feedback(sampleClient(), 'en', 'story') }

/** #10: each purpose in full before the answer, and "for everything" for a signed-in person. */
export const SignedInWithChoices: Story = {
  name: 'Signed in: purposes in full, "for everything"',
  render: () =>
    html`<cp-feedback .client=${sampleClient()} initiative=${INITIATIVE} member=${MEMBER} ask="quote-anonymously quote-with-name" kinds="text"></cp-feedback>`,
}
export const NotSignedIn: Story = {
  name: 'Not signed in: no "without my name"',
  render: () => html`<cp-feedback .client=${sampleClient()} initiative=${INITIATIVE} kinds="text"></cp-feedback>`,
}
