/** Register a tag once: loading two copies of a widget (or two entry points) must not throw. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element)
}
