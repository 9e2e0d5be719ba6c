export declare const KB: number
export declare const BUDGETS: { widget: number; all: number }
export declare const WIDGETS: string[]
export declare const MORE_WIDGETS: string[]
export interface EntrySize {
  /** gzip bytes a page downloads before the widget shows (budgeted) */
  entry: number
  /** gzip bytes of the files loaded only when needed */
  lazy: number
  lazyFiles: { name: string; size: number }[]
  zod: boolean
}
export declare function measureEntry(entry: string | string[]): Promise<EntrySize>
export declare function measureLit(): Promise<number>
export declare function measurePackage(): Promise<(EntrySize & { name: string; budget: number })[]>
