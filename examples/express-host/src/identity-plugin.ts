import { definePlugin } from '@coproduce/core'

/**
 * Maps the host's user ids onto Coproduce members through `hostRef`, so the rest of the app never has to.
 * Staff keep their host id. Someone who is not (yet) a member is treated as anonymous.
 */
export const hostIdentity = definePlugin({
  name: 'acme-identity',
  identity: {
    async mapActor(actor, lookup) {
      if (actor.roles.includes('staff')) return actor
      const member = await lookup.findMemberByHostRef(actor.id)
      return member ? { id: member.id, roles: actor.roles } : null
    },
  },
})
