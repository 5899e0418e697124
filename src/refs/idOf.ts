/** A relationship as Payload returns it: an id at depth 0, the document at depth ≥ 1, or empty. */
export type Ref = number | string | { id: number | string } | null | undefined

export const idOf = (ref: Ref): number | string | null => (ref && typeof ref === 'object' ? ref.id : (ref ?? null))
