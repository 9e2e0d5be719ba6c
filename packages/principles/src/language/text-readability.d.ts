// text-readability ships no types; only what the reading-age comparison test uses.
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number }
  export default readability
}
