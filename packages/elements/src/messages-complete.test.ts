import { describe, expect, it } from 'vitest'

/**
 * Every widget speaks Welsh and Urdu with exactly the words it has in English: no key missing (the catalogue's
 * loader type checks that too) and none misspelt or left over (which the types cannot see). A widget's English
 * is its catalogue plus the words its lazy parts bring with them.
 */
type Module = Record<string, unknown> & { default?: object; words?: object }
declare global {
  interface ImportMeta {
    /** Vite's module glob (the browser tests run through Vite). */
    glob<M>(patterns: string[]): Record<string, () => Promise<M>>
  }
}
const modules = import.meta.glob<Module>([
  './*/*.ts',
  '!./*/*.test.ts',
  '!./*/*.styles.ts',
  '!./*/*fixture*.ts',
  '!./shared/**',
  '!./test-support/**',
])
const widgets = Object.keys(modules)
  .map((path) => /^\.\/([\w-]+)\/\1\.messages\.cy\.ts$/.exec(path)?.[1])
  .filter((name): name is string => !!name)
  .sort()

/** Words that are the service's own in English (sent by the server), so only Welsh and Urdu carry them. */
const SERVER_WORDS_IN_ENGLISH = /^consent\.(store-contribution|quote-with-name|credit-by-name|share-with-partners)$/

const keysOf = (words: object) => Object.keys(words).sort()
const load = (path: string) => modules[path]!()

/** A widget's English: its catalogue (in its first download), and the words each of its lazy parts brings. */
async function englishOf(widget: string): Promise<{ catalogue: { en: object }; partWords: object[] }> {
  const catalogue = Object.values(await load(`./${widget}/${widget}.messages.ts`)).find(
    (v): v is { en: object } => typeof v === 'object' && v !== null && 'en' in v,
  )!
  const partWords: object[] = []
  for (const path of Object.keys(modules).filter((p) => p.startsWith(`./${widget}/`) && !p.includes('.messages'))) {
    const mod = await load(path)
    if (mod.words) partWords.push(mod.words)
  }
  return { catalogue, partWords }
}

describe('Welsh and Urdu words', () => {
  it('are there for all fourteen widgets', () => expect(widgets).toHaveLength(14))

  it.each(widgets)('%s: the same keys as English, in both languages', async (widget) => {
    const { catalogue, partWords } = await englishOf(widget)
    const english = keysOf(Object.assign({}, catalogue.en, ...partWords))
    const cy = keysOf((await load(`./${widget}/${widget}.messages.cy.ts`)).default!)
    const ur = keysOf((await load(`./${widget}/${widget}.messages.ur.ts`)).default!)
    expect(
      cy.filter((k) => !SERVER_WORDS_IN_ENGLISH.test(k)),
      'Welsh',
    ).toEqual(english)
    expect(
      ur.filter((k) => !SERVER_WORDS_IN_ENGLISH.test(k)),
      'Urdu',
    ).toEqual(english)
  })

  /**
   * A part loaded on demand brings its own English words. The same words in the widget's catalogue would be sent
   * twice, and the widget's first download (the part of the page's budget every visitor pays) would carry them.
   */
  it.each(widgets)('%s: words a part brings are not in the first download too', async (widget) => {
    const { catalogue, partWords } = await englishOf(widget)
    const first = new Set(Object.keys(catalogue.en))
    expect(partWords.flatMap((words) => Object.keys(words).filter((key) => first.has(key)))).toEqual([])
  })
})
