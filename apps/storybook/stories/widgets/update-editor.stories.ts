import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import type { CoproduceClient } from '@coproduce/elements'
import { played, widget } from '../support/play.js'
import { forcedColours } from '../support/states.js'
import { INBOX, staffClient, staffErrorClient, staffLoadingClient, staffOfflineClient } from '../support/staff-data.js'

const meta: Meta = {
  title: 'Staff/Update editor',
  component: 'cp-update-editor',
  parameters: {
    docs: {
      description: {
        component:
          'Write or change a "you said, we did" update: every problem at once, "not possible" needs a reason, thanks by name only where people said yes (the others say why not), a preview of the public card, and the language check before publishing.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const editor = (client: CoproduceClient = staffClient(), lang = 'en', updateId = '') =>
  html`<cp-update-editor .client=${client} initiative="init-1" lang=${lang} update-id=${updateId || ''}></cp-update-editor>`

async function press(canvas: HTMLElement, fill: Record<string, string> = {}, status?: string): Promise<void> {
  const el = await widget(canvas, 'cp-update-editor')
  await new Promise((r) => setTimeout(r, 100))
  await el.updateComplete
  const root = el.shadowRoot!
  if (status) root.querySelector<HTMLInputElement>(`#status-${status}`)!.click()
  for (const [id, value] of Object.entries(fill)) {
    const box = root.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${id}`)!
    box.value = value
    box.dispatchEvent(new Event('input'))
  }
  await el.updateComplete
  root.querySelector<HTMLButtonElement>('[part=publish]')!.click()
  await new Promise((r) => setTimeout(r, 100))
  await el.updateComplete
  played()
}

export const Empty: Story = { render: () => editor(staffClient([])) }
export const Loading: Story = { render: () => editor(staffLoadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => editor(staffErrorClient()) }
export const Offline: Story = { render: () => editor(staffOfflineClient()) }
export const Success: Story = { render: () => editor(staffClient(INBOX)) }
export const ErrorSummary: Story = {
  name: 'Error summary',
  parameters: { docs: { description: { story: 'Not possible, with nothing written: every problem at once.' } } },
  render: () => editor(),
  play: async ({ canvasElement }) => press(canvasElement, {}, 'not-possible'),
}
export const DoneAt80: Story = {
  name: 'Done with progress 80',
  render: () => editor(),
  play: async ({ canvasElement }) =>
    press(canvasElement, { youSaid: 'Open earlier', weDid: 'We asked the manager', progress: '80' }, 'done'),
}
export const LanguageFlags: Story = {
  name: 'Language check',
  render: () => editor(),
  play: async ({ canvasElement }) => press(canvasElement, { youSaid: 'Hard to reach people cannot get here', weDid: 'We moved the time' }),
}
export const Editing: Story = { name: 'Changing an update', render: () => editor(staffClient(), 'en', 'u-1') }
export const TakeDownError: Story = {
  name: 'Taking down, with no reason',
  parameters: { docs: { description: { story: 'A reason is needed before an update comes down.' } } },
  render: () => editor(staffClient(), 'en', 'u-1'),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'cp-update-editor')
    await new Promise((r) => setTimeout(r, 100))
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=withdraw-button]')!.click()
    await new Promise((r) => setTimeout(r, 100))
    await el.updateComplete
    played()
  },
}
export const TakenDown: Story = {
  name: 'Taken down',
  parameters: { docs: { description: { story: 'When and why it came down; no form, as it cannot be changed.' } } },
  render: () => editor(staffClient(), 'en', 'u-2'),
}
export const Welsh: Story = { render: () => editor(staffClient(), 'cy') }
export const Urdu: Story = { name: 'Urdu right to left', render: () => editor(staffClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => editor() }
