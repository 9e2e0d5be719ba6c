import '@angular/compiler'
import '@coproduce/elements/feedback'
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import { client } from './client.js'

// Angular 20, standalone and zoneless: `[client]` sets the property, plain attributes stay attributes,
// `(cp-submit)` listens. CUSTOM_ELEMENTS_SCHEMA lets the template use the `cp-` tags. Compiled in the browser (JIT),
// so the decorator is applied as a function: no TypeScript build step.
const App = Component({
  selector: 'interop-app',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<main>
    <cp-feedback initiative="drop-in-hours" kinds="rating" ask="" [client]="client" (cp-submit)="sent.set($event.detail.id)"></cp-feedback>
    <p id="sent">{{ sent() }}</p>
  </main>`,
})(
  class {
    client = client
    sent = signal('')
  },
)

document.querySelector('#app').append(document.createElement('interop-app'))
bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error) => {
  window.__angularError = String(error)
})
