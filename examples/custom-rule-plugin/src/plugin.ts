import { definePlugin } from '@coproduce/core'
import { useInTraining } from './purposes/use-in-training.js'
import { interpreterBooked } from './rules/interpreter-booked.js'

/** The Acme Housing plugin: one extra principles rule and one extra consent purpose. */
export const acmeHousing = definePlugin({
  name: 'acme-housing',
  purposes: [useInTraining],
  rules: [interpreterBooked],
})
