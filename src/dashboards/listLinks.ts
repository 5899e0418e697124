import type { CollectionSlug, Where } from 'payload'

/**
 * A filtered Payload list: the collection, the `where` the dashboard counted with and the order.
 * The dashboard counts with exactly this `where` and links to the list with it, so the number
 * shown is the number of rows the list then shows.
 */
export type ListFilter = { collection: CollectionSlug; where: Where; sort?: string }

type Scalar = string | number | boolean | Date

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date

const text = (value: Scalar): string => (value instanceof Date ? value.toISOString() : String(value))

/**
 * The query-string pairs of a `where`, in the bracket syntax Payload's admin parses (qs):
 * `where[and][0][variants.status][equals]=in_review`. A list of values (for `in`, `not_in`) is
 * sent comma-separated, as Payload accepts it, so a long list does not hit qs's limit on array
 * indices; lists of conditions (`and`, `or`) are indexed.
 */
export function whereParams(prefix: string, value: unknown): [string, string][] {
  if (isScalar(value)) return [[prefix, text(value)]]
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return [[prefix, value.map(text).join(',')]]
    return value.flatMap((item, index) => whereParams(`${prefix}[${index}]`, item))
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : whereParams(`${prefix}[${encodeURIComponent(key)}]`, item)))
  }
  return []
}

/** The admin URL of a filtered list, e.g. `/admin/collections/content-assets?where[…]=…&sort=updatedAt`. */
export function adminListUrl(adminRoute: string, { collection, where, sort }: ListFilter): string {
  const pairs = whereParams('where', where)
  if (sort) pairs.push(['sort', sort])
  const query = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
  return `${adminRoute}/collections/${collection}${query ? `?${query}` : ''}`
}

/** The admin URL of one document's edit view. */
export const adminDocumentUrl = (adminRoute: string, collection: CollectionSlug, id: number | string): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`
