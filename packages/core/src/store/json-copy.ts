/** A deep copy of plain JSON data. Stores hand out copies so callers can never change what is stored. */
export const jsonCopy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))
