import type { Plugin } from 'vite'

/**
 * `@coproduce/elements` 0.1.0 lists only its entry files in `sideEffects`, but registers its tags
 * (`customElements.define`) in shared chunks. A bundler that trusts the list drops the registration when a page
 * only does `import '@coproduce/elements'`. This marks every file of the package as having side effects.
 */
export function keepElementRegistration(): Plugin {
  return {
    name: 'coproduce:keep-element-registration',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/](packages[\\/]elements|@coproduce[\\/]elements)[\\/]dist[\\/]/.test(id)) return { code, map: null, moduleSideEffects: true }
      return undefined
    },
  }
}
