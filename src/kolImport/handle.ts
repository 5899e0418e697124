/**
 * A platform handle as it is stored and matched: Unicode NFKC (full-width letters and digits, as a
 * Chinese keyboard types them, become the ASCII the platform shows) and no surrounding spaces.
 * The KOL form's save and the CSV import both pass handles through it, so "foo " from a spreadsheet
 * finds the account saved as "foo" instead of creating a second KOL.
 */
export const normalizeHandle = (handle: string): string => handle.normalize('NFKC').trim()
