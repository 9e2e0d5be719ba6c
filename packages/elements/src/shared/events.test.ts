import { describe, expect, it } from 'vitest'
import { emit } from './events.js'

describe('emit', () => {
  it('sends an event that bubbles out of shadow DOM with the detail', () => {
    const host = document.createElement('div')
    const inner = document.createElement('span')
    host.attachShadow({ mode: 'open' }).append(inner)
    document.body.append(host)
    const seen: unknown[] = []
    document.body.addEventListener('cp-submit', (e) => seen.push((e as CustomEvent).detail), { once: true })
    emit(inner, 'cp-submit', { id: 'f1' })
    expect(seen).toEqual([{ id: 'f1' }])
    host.remove()
  })
})
