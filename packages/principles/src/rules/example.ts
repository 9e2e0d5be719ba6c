import type { InitiativeInput, InitiativeSnapshotInput } from '@coproduce/core'

export type PlanInput = Omit<InitiativeSnapshotInput, 'initiative'> & {
  initiative?: Partial<Omit<InitiativeInput, 'id'>> & { id?: string }
}

/**
 * A snapshot with a made-up initiative id, title and purpose filled in, so an example or a test case says
 * only what it is about.
 */
export function plan(input: PlanInput = {}): InitiativeSnapshotInput {
  const { initiative, ...rest } = input
  return {
    ...rest,
    initiative: {
      id: 'example',
      title: 'Our plan',
      purpose: 'Find out what would help.',
      ...initiative,
    } as InitiativeSnapshotInput['initiative'],
  }
}
