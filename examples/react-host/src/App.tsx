import { CpFeedback, CpUpdates } from '@coproduce/react'
import { useState } from 'react'

interface AppProps {
  endpoint: string
  initiative: string
}

/** A host page: its own heading and thank-you message, with Coproduce's feedback form and updates. */
export function App({ endpoint, initiative }: AppProps) {
  const [thanks, setThanks] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  return (
    <main>
      <h1>Drop-in hours</h1>
      <p>We want to decide the opening hours with you. Tell us what works for you.</p>

      <CpFeedback
        endpoint={endpoint}
        initiative={initiative}
        onCpSubmit={(event) => setThanks(`Thank you. We got your feedback (${event.detail.id}).`)}
        onCpQueued={() => setThanks('Thank you. We will send your feedback when you are back online.')}
        onCpError={(event) => setProblem(`Something went wrong (${event.detail.code}).`)}
      />
      <p role="status" data-testid="host-status">
        {thanks ?? problem ?? ''}
      </p>

      <h2>You said, we did</h2>
      <CpUpdates endpoint={endpoint} initiative={initiative} />
    </main>
  )
}
