import { setCustomElementsManifest } from '@storybook/web-components'
import type { Preview } from '@storybook/web-components-vite'
import manifest from '@coproduce/elements/custom-elements.json'
import '@coproduce/elements'

// Autodocs read each element's attributes, properties, events, slots, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest)

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any accessibility violation fails the story's test (see test/stories-a11y.test.ts).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    options: {
      storySort: { order: ['Introduction', 'Widgets', 'Principles', 'Writing'] },
    },
  },
}

export default preview
