import type { StorybookConfig } from '@storybook/web-components-vite'
import { keepElementRegistration } from './keep-element-registration.js'

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), keepElementRegistration()],
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
  }),
}

export default config
