import '@coproduce/elements/feedback'
import { createApp, ref } from 'vue'
import { client } from './client.js'

// Vue 3: `:client` sets the property (the element has it), plain attributes stay attributes, `@cp-submit` listens.
const app = createApp({
  setup: () => ({ client, sent: ref('') }),
  template: `<main>
    <cp-feedback initiative="drop-in-hours" kinds="rating" ask="" :client="client" @cp-submit="sent = $event.detail.id"></cp-feedback>
    <p id="sent">{{ sent }}</p>
  </main>`,
})
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('cp-')
app.mount('#app')
