const INTEGER = /^\d+$/

const withoutLeadingZeros = (id: string): string => id.replace(/^0+(?=\d)/, '')

/**
 * Ids come from SQLite/Postgres (integer strings: '9' before '10') or MongoDB (ObjectIds, compared
 * as strings). Integer ids sort before the others, so that the order stays total if kinds ever mix.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0
  const aIsInteger = INTEGER.test(a)
  if (aIsInteger !== INTEGER.test(b)) return aIsInteger ? -1 : 1
  if (aIsInteger) {
    const x = withoutLeadingZeros(a)
    const y = withoutLeadingZeros(b)
    if (x.length !== y.length) return x.length - y.length
    if (x !== y) return x < y ? -1 : 1
  }
  return a < b ? -1 : 1
}
