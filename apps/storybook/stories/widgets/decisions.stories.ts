import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { decisionsClient, decisionsLongClient } from '../support/decisions-staff-data.js'
import { played, widget as rendered } from '../support/play.js'
import { INITIATIVE } from '../support/sample-data.js'
import { staffErrorClient, staffLoadingClient, staffOfflineClient } from '../support/sessions-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Staff widgets/Decisions',
  component: 'cp-decisions',
  parameters: {
    docs: {
      description: {
        component:
          'The group’s decisions as recorded: ask the group a question, write down what was decided (how and by whom, every problem at once), use it as the aims or ground rules, and open a question again.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const widget = (client = decisionsClient(), lang = 'en') =>
  html`<cp-decisions .client=${client} initiative=${INITIATIVE} lang=${lang}></cp-decisions>`
/** Press the first button matching `selector`, then (optionally) the form's own button, as staff would. */
const press = async (canvas: HTMLElement, selector: string, then?: string) => {
  const el = await rendered(canvas, 'cp-decisions')
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click()
  await el.updateComplete
  if (then) el.shadowRoot!.querySelector<HTMLButtonElement>(then)!.click()
  await el.updateComplete
  played()
}

export const Empty: Story = { render: () => widget(decisionsClient({}, [])) }
export const Loading: Story = { render: () => widget(staffLoadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => widget(staffErrorClient()) }
export const Offline: Story = { render: () => widget(staffOfflineClient()) }
export const Success: Story = { render: () => widget() }
export const Asking: Story = {
  name: 'Asking the group, every problem at once',
  render: () => widget(),
  play: ({ canvasElement }) => press(canvasElement, 'p > button', '[part=ask] button.button:not(.button--secondary)'),
}
export const WritingDown: Story = {
  name: 'Writing down what was decided',
  render: () => widget(),
  play: ({ canvasElement }) => press(canvasElement, '[part=decision]:nth-child(1) .actions button'),
}
export const LongLists: Story = { name: 'Long lists', render: () => widget(decisionsLongClient()) }
export const Welsh: Story = { render: () => widget(decisionsClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => widget(decisionsClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => widget() }
export const NarrowScreen: Story = { name: 'Narrow screen (320px)', render: () => html`<div style="max-width:320px">${widget()}</div>` }
