import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import type { CoproduceClient } from '@coproduce/elements'
import { forcedColours } from '../support/states.js'
import { MANY, staffClient, staffErrorClient, staffLoadingClient, staffOfflineClient } from '../support/staff-data.js'

const meta: Meta = {
  title: 'Staff/Feedback inbox',
  component: 'cp-feedback-inbox',
  parameters: {
    docs: {
      description: {
        component:
          'What people said, for staff: newest first, filters, counts, "Show more", whether each person agreed to be quoted, and which update answered them. "Answer with an update" opens the editor with the feedback linked. Anonymous feedback never shows who.',
      },
    },
  },
}
export default meta
type Story = StoryObj

const inbox = (client: CoproduceClient = staffClient(), lang = 'en') =>
  html`<cp-feedback-inbox .client=${client} initiative="init-1" lang=${lang}></cp-feedback-inbox>`

export const Empty: Story = { render: () => inbox(staffClient([])) }
export const Loading: Story = { render: () => inbox(staffLoadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => inbox(staffErrorClient()) }
export const Offline: Story = { render: () => inbox(staffOfflineClient()) }
export const Success: Story = { render: () => inbox() }
export const LongList: Story = { name: 'Long list', render: () => inbox(staffClient(MANY)) }
export const Welsh: Story = { render: () => inbox(staffClient(), 'cy') }
export const Urdu: Story = { name: 'Urdu right to left', render: () => inbox(staffClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => inbox() }
