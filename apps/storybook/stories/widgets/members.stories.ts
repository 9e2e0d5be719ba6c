import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { membersClient, membersLongClient } from '../support/members-data.js'
import { played, widget as rendered } from '../support/play.js'
import { INITIATIVE } from '../support/sample-data.js'
import { staffErrorClient, staffLoadingClient, staffOfflineClient } from '../support/sessions-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Staff widgets/Members',
  component: 'cp-members',
  parameters: {
    docs: {
      description: {
        component:
          'The people taking part: add someone, change their details, and write down that they have left (after a plain-words check of what that means). Every problem is shown at once.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const widget = (client = membersClient(), lang = 'en') =>
  html`<cp-members .client=${client} initiative=${INITIATIVE} lang=${lang} case-link="#case-{ref}" case-refs="CB-1042 CB-1057"
    choices-link="#choices-{id}"></cp-members>`
const press = async (canvas: HTMLElement, selector: string) => {
  const el = await rendered(canvas, 'cp-members')
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click()
  await el.updateComplete
  played()
}

export const Empty: Story = { render: () => widget(membersClient({}, [])) }
export const Loading: Story = { render: () => widget(staffLoadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => widget(staffErrorClient()) }
export const Offline: Story = { render: () => widget(staffOfflineClient()) }
export const Success: Story = { render: () => widget() }
export const Problems: Story = {
  name: 'Every problem at once',
  render: () => widget(),
  play: ({ canvasElement }) => press(canvasElement, '#save'),
}
export const Changing: Story = {
  name: 'Changing someone’s details',
  render: () => widget(),
  play: ({ canvasElement }) => press(canvasElement, '#change-m-sam'),
}
export const Leaving: Story = {
  name: 'Check before leaving',
  render: () => widget(),
  play: ({ canvasElement }) => press(canvasElement, '[part=member] .actions button:nth-child(2)'),
}
export const LongLists: Story = { name: 'Long lists', render: () => widget(membersLongClient()) }
export const Welsh: Story = { render: () => widget(membersClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => widget(membersClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => widget() }
export const NarrowScreen: Story = { name: 'Narrow screen (320px)', render: () => html`<div style="max-width:320px">${widget()}</div>` }
