import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ClientError } from '@coproduce/elements'
import { errorClient, loadingClient, offlineClient, sampleClient } from '../support/fake-client.js'
import { CONSENTS, MEMBER, NO_CONSENTS } from '../support/sample-data.js'
import { forcedColours } from '../support/states.js'

const meta: Meta = {
  title: 'Widgets/Consent',
  component: 'cp-consent',
  parameters: {
    docs: {
      description: {
        component:
          "A person's choices about how their words, name and pictures are used. One question per use; yes and no have equal weight; nothing is ticked for them; a yes is taken back in one step. Shows their history and gives them a receipt.",
      },
    },
  },
}
export default meta
type Story = StoryObj

const consent = (client = sampleClient(), lang = 'en') => html`<cp-consent .client=${client} member=${MEMBER} lang=${lang}></cp-consent>`

export const Empty: Story = {
  parameters: { docs: { description: { story: 'Not asked yet: every purpose waits for an answer, nothing is pre-ticked.' } } },
  render: () => consent(sampleClient({ getConsents: async () => NO_CONSENTS })),
}
export const Loading: Story = { render: () => consent(loadingClient()) }
export const ErrorState: Story = { name: 'Error', render: () => consent(errorClient()) }
export const Offline: Story = { render: () => consent(offlineClient()) }
export const Success: Story = {
  parameters: { docs: { description: { story: 'Some choices made, one taken back, with the dated history.' } } },
  render: () => consent(),
}
export const Welsh: Story = { render: () => consent(sampleClient(), 'cy') }
export const UrduRightToLeft: Story = { name: 'Urdu right to left', render: () => consent(sampleClient(), 'ur') }
export const ForcedColours: Story = { name: 'Forced colours', parameters: forcedColours, render: () => consent() }

/** The screens added with #10 and #17: signed out, removed, asked again, and staff mode. */
export const SignedOut: Story = {
  name: 'Signed out (401)',
  parameters: { docs: { description: { story: 'Nobody is signed in: the person is asked to sign in, with nothing to press.' } } },
  render: () => consent(sampleClient({ getConsents: async () => Promise.reject(new ClientError(401, 'unauthorized', 'Sign in')) })),
}
export const Removed: Story = {
  name: 'Removed at their request (410)',
  parameters: { docs: { description: { story: 'The person asked to be erased: the date in words, no choices, no buttons.' } } },
  render: () =>
    consent(
      sampleClient({
        getConsents: async () =>
          Promise.reject(
            new ClientError(410, 'erased', 'Removed at their request', [], { code: 'erased', erasedAt: '2026-03-05T10:00:00Z' }),
          ),
      }),
    ),
}
export const AskedAgain: Story = {
  name: 'Asked again (wording changed)',
  parameters: { docs: { description: { story: 'A purpose changed since the person said yes: it says what changed and asks again.' } } },
  render: () =>
    consent(
      sampleClient({
        getConsents: async () => ({
          ...CONSENTS,
          purposes: CONSENTS.purposes.map((p, i) =>
            i === 0 ? { ...p, version: 2, changeNote: 'Your words may now also be shown at our open days.' } : p,
          ),
          current: CONSENTS.current.map((c, i) => (i === 0 ? { purposeId: c.purposeId, status: 'expired' as const } : c)),
        }),
      }),
    ),
}
export const StaffMode: Story = {
  name: 'Staff mode (paper or phone)',
  parameters: {
    docs: { description: { story: 'A member of staff writes down a choice given on paper or by phone, with the words read out.' } },
  },
  render: () => html`<cp-consent .client=${sampleClient()} member=${MEMBER} mode="staff"></cp-consent>`,
}
