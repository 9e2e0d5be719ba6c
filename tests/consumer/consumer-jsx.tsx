/**
 * The tags in JSX, as a Preact (or Solid, or Stencil) host writes them: `@coproduce/elements/jsx` gives the
 * types, attributes and typed `cp-*` events of every widget. Typechecked with `skipLibCheck: false` by run.mjs.
 */
import type { CustomElements } from '@coproduce/elements/jsx'
import type { Feedback } from '@coproduce/elements'

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

const heard: string[] = []

export const page = (
  <main>
    <cp-feedback
      initiative="drop-in-hours"
      kinds="rating"
      reply-within-days={10}
      oncp-submit={(e) => heard.push((e.detail satisfies Feedback).id)}
    />
    <cp-update-editor
      initiative="drop-in-hours"
      update-id="u-1"
      oncp-submit={(e) => heard.push(e.detail.withdrawn?.reason ?? e.detail.id)}
    />
    <cp-updates initiative="drop-in-hours" page-size={5} heading-level={3} oncp-load={(e) => heard.push(String(e.detail.updates.length))} />
    <cp-payments initiative="drop-in-hours" living-wage={13.45} />
    {/* @ts-expect-error: a misspelt attribute is caught */}
    <cp-feedback initiatve="drop-in-hours" />
    {/* @ts-expect-error: page-size is a number */}
    <cp-updates page-size="five" />
    {/* @ts-expect-error: the event carries a Feedback, which has no `weDid` */}
    <cp-feedback oncp-submit={(e) => heard.push(e.detail.weDid)} />
  </main>
)
