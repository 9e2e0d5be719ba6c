import '@coproduce/elements/feedback'
import { createElement as h, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { client } from './client.js'

// React 19: unknown props on a custom element become properties when the element has them, `on<type>` listens.
function App() {
  const [sent, setSent] = useState('')
  return h(
    'main',
    null,
    h('cp-feedback', { initiative: 'drop-in-hours', kinds: 'rating', ask: '', client, 'oncp-submit': (e) => setSent(e.detail.id) }),
    h('p', { id: 'sent' }, sent),
  )
}
createRoot(document.getElementById('app')).render(h(App))
