import type { Payload } from 'payload'

/**
 * The part of Payload's SQL adapters (SQLite, PostgreSQL) that the hand-written read paths use:
 * drizzle's query builder and the tables built from the collections. Column keys are field names
 * (`updatedAt`, `reputation_settled`); a field renamed in a collection must be renamed there too.
 */
export type SqlAdapter = {
  name: string
  drizzle: { select: (fields: Record<string, unknown>) => { from: (table: unknown) => SqlQuery } }
  tables: Record<string, Record<string, unknown>>
}
export type SqlQuery = PromiseLike<Record<string, unknown>[]> & {
  where: (condition: unknown) => SqlQuery
  orderBy: (...columns: unknown[]) => SqlQuery
  limit: (count: number) => SqlQuery
}

export const isSqlAdapter = (db: Payload['db']): boolean => db.name === 'sqlite' || db.name === 'postgres'

export const sqlAdapterOf = (payload: Payload): SqlAdapter => payload.db as unknown as SqlAdapter

/** drizzle's operators (and, eq, inArray…) as exported by the adapter in use. */
export const drizzleOperators = (db: SqlAdapter) =>
  db.name === 'postgres' ? import('@payloadcms/db-postgres/drizzle') : import('@payloadcms/db-sqlite/drizzle')
