import type { PayloadRequest, SanitizedCollectionConfig, Sort, Where } from 'payload'

import { mergeListSearchAndWhere } from 'payload/shared'
import { z } from 'zod'

import { refuse } from '../graphql/errorCodes'

/** A list view's query as Payload's REST API takes it (`where[...]`, `sort`, `search`), already parsed by Payload. */
const listQuery = z.object({
  where: z.record(z.string(), z.unknown()).optional(),
  sort: z.union([z.string(), z.array(z.string())]).optional(),
  search: z.string().optional(),
})

/**
 * The filter and sort of the admin list the user is looking at: its `where`, its search box (over
 * the collection's searchable fields, as the list view does it) and its sort. Refused with 400 when
 * malformed; paths the collection does not have are refused by Payload's query validation.
 */
export function listQueryOf(req: PayloadRequest, collection: SanitizedCollectionConfig): { where: Where; sort: Sort | undefined } {
  const parsed = listQuery.safeParse(req.query ?? {})
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]!.path[0] ?? 'where')
    refuse(req, 'BAD_USER_INPUT', 400, { zh: `查询参数 ${field} 格式不正确`, en: `the query parameter ${field} is malformed` }, field)
  }
  const { where = {}, sort, search } = parsed.data!
  return { where: search ? mergeListSearchAndWhere({ collectionConfig: collection, search, where: where as Where }) : (where as Where), sort }
}
