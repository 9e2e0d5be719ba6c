import { parseOrThrow } from '../errors/coproduce-error.js'
import type { CoproducePlugin } from '../plugins/define-plugin.js'
import { ConsentPurposeSchema, type ConsentPurpose } from '../schemas/consent.js'
import { DEFAULT_PURPOSES } from './default-purposes.js'

/** The defaults followed by every plugin's purposes. A purpose id used twice is a mistake: it throws. */
export function mergePurposes(plugins: readonly CoproducePlugin[]): ConsentPurpose[] {
  const purposes: ConsentPurpose[] = DEFAULT_PURPOSES.map((p) => ({ ...p }))
  const owner = new Map(purposes.map((p) => [p.id, 'the defaults']))
  for (const plugin of plugins) {
    for (const purpose of plugin.purposes ?? []) {
      const parsed = parseOrThrow(ConsentPurposeSchema, purpose)
      const taken = owner.get(parsed.id)
      if (taken) throw new Error(`Plugin "${plugin.name}" adds consent purpose "${parsed.id}", which ${taken} already have`)
      owner.set(parsed.id, `plugin "${plugin.name}"`)
      purposes.push(parsed)
    }
  }
  return purposes
}
