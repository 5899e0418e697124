import type { PaginatedDocs, PayloadRequest, Sort } from 'payload'
import type { Stringifier } from 'csv-stringify'

import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** Documents read per query: an export holds one page at a time, whatever the size of the list. */
export const EXPORT_PAGE_SIZE = 200

/** A sort with the ID after it: pages of a sort with ties would otherwise overlap. */
export const stableSort = (sort: Sort | undefined): string[] => [...(typeof sort === 'string' ? sort.split(',') : (sort ?? [])).filter(Boolean), 'id']

/**
 * Documents read a page at a time (`read(page)`) and written as CSV records (`recordsOf(doc)`)
 * into `csv`. The first page is read before the stream is returned, so a refused query answers
 * with its error rather than a cut-off file; a later failure is logged and ends the file.
 */
export async function pagedCsv<T>(
  req: PayloadRequest,
  {
    read,
    recordsOf,
    csv,
    name,
  }: { read: (page: number) => Promise<PaginatedDocs<T>>; recordsOf: (doc: T) => Iterable<string[]>; csv: Stringifier; name: string },
): Promise<Readable> {
  const first = await read(1)
  async function* records() {
    for (let page = first; ; page = await read(page.page! + 1)) {
      for (const doc of page.docs) yield* recordsOf(doc)
      if (!page.hasNextPage) return
    }
  }
  pipeline(Readable.from(records()), csv).catch((error: unknown) => req.payload.logger.error({ err: error, msg: `CSV export of ${name} failed` }))
  return csv
}
