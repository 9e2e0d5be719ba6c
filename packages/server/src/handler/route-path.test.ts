import { describe, expect, it } from 'vitest'
import { splitPath } from './route-path.js'

describe('splitPath: finding the route whether or not the host strips the mount', () => {
  it('leaves a stripped path alone', () => {
    expect(splitPath('/initiatives/i1/feedback')).toEqual({ mount: '', route: '/initiatives/i1/feedback' })
    expect(splitPath('/openapi.json')).toEqual({ mount: '', route: '/openapi.json' })
  })

  it('finds the mount by the first route segment when no basePath is given', () => {
    expect(splitPath('/api/coproduce/initiatives/i1')).toEqual({ mount: '/api/coproduce', route: '/initiatives/i1' })
    expect(splitPath('/x/members/m1/consents')).toEqual({ mount: '/x', route: '/members/m1/consents' })
    expect(splitPath('/api/initiatives/members')).toEqual({ mount: '/api', route: '/initiatives/members' })
  })

  it('uses basePath when given, even when the mount contains a route word', () => {
    expect(splitPath('/members/api/members/m1', '/members/api')).toEqual({ mount: '/members/api', route: '/members/m1' })
    expect(splitPath('/members/m1', '/members/api')).toEqual({ mount: '', route: '/members/m1' })
    expect(splitPath('/api/coproduce', 'api/coproduce/')).toEqual({ mount: '/api/coproduce', route: '/' })
  })

  it('leaves an unknown path for the 404 answer', () => {
    expect(splitPath('/api/nothing')).toEqual({ mount: '', route: '/api/nothing' })
  })
})
