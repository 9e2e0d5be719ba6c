import { RuleTester } from '../../testing/index.js'
import { livedExperienceLedOptions } from './lived-experience-led-options.js'

new RuleTester().run(livedExperienceLedOptions, {
  valid: [
    { name: 'led by lived experience', snapshot: { initiative: { leadership: { livedExperienceLed: true } } } },
    { name: 'existing groups considered', snapshot: { initiative: { leadership: { existingGroupsConsidered: true } } } },
  ],
  invalid: [{ name: 'neither', snapshot: { initiative: { leadership: { livedExperienceLed: false, existingGroupsConsidered: false } } } }],
  incomplete: [
    { name: 'not said', snapshot: {} },
    { name: 'half said', snapshot: { initiative: { leadership: { livedExperienceLed: false } } } },
  ],
})
