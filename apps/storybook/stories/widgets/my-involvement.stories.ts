import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { INVOLVEMENT } from '../support/decision-data.js'
import { MEMBER } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/My involvement',
  component: 'cp-my-involvement',
  parameters: {
    docs: {
      description: {
        component:
          "One person's part in the work, in one place: sessions coming up (with access, childcare and travel), payments made and still due, what they said and what changed because of it, where they were thanked, the decisions they took part in, and a link to their choices.",
      },
    },
  },
}
export default meta
type Story = StoryObj

const involvement = (client = sampleClient(), lang = 'en') =>
  html`<cp-my-involvement .client=${client} member=${MEMBER} lang=${lang} choices-href="#choices"></cp-my-involvement>`

export const Empty: Story = {
  render: () =>
    involvement(
      sampleClient({
        getInvolvement: async () => ({
          ...INVOLVEMENT,
          sessions: [],
          payments: { made: [], due: [] },
          said: [],
          credited: [],
          decisions: [],
        }),
      }),
    ),
}
export const Loading: Story = { render: () => involvement(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => involvement(errorClient()) }
export const Offline: Story = { render: () => involvement(offlineClient()) }
export const Success: Story = { render: () => involvement() }
export const Welsh: Story = { render: () => involvement(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => involvement(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => involvement() }
export const NarrowScreen: Story = {
  name: 'Narrow screen (320px)',
  render: () => html`<div style="max-width:320px">${involvement()}</div>`,
}
