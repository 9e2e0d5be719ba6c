export { acmeHousing } from './plugin.js'
export { interpreterBooked } from './rules/interpreter-booked.js'
export { useInTraining } from './purposes/use-in-training.js'
