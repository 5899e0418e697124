/** A position in the feed: the last item's change time and variant id (the feed's sort keys). */
export type FeedCursor = { changedAt: string; variantId: string }

export const encodeCursor = ({ changedAt, variantId }: FeedCursor): string => Buffer.from(JSON.stringify([changedAt, variantId])).toString('base64url')

/** null for anything that is not a cursor this API issued (the caller reports it on `after`). */
export function decodeCursor(cursor: string): FeedCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2) return null
    const [changedAt, variantId] = value
    if (typeof changedAt !== 'string' || typeof variantId !== 'string' || !variantId) return null
    const time = new Date(changedAt)
    if (Number.isNaN(time.getTime()) || time.toISOString() !== changedAt) return null
    return { changedAt, variantId }
  } catch {
    return null
  }
}
