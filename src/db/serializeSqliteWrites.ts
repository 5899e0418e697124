import type { Client, InStatement, ResultSet } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex'

type TransactionID = number | string

/** A statement that writes (drizzle's SQL starts with the verb); reads need no turn under WAL. */
const isWrite = (statement: InStatement): boolean => /^\s*(insert|update|delete|replace)\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/** How long a write transaction waits for the one before it before the request fails. */
const WRITE_QUEUE_TIMEOUT_MS = 30_000

/**
 * Makes the SQLite adapter safe for concurrent requests in one process.
 *
 * The libsql client runs SQLite synchronously on the event loop, and every Payload transaction
 * opens `BEGIN IMMEDIATE` on a connection of its own. A second request that begins while the
 * first holds the write lock either fails at once (no busy timeout) or blocks the whole process
 * for the busy timeout, during which the first can never finish. So this process's write
 * transactions queue up here and SQLite never sees two of them at a time; reads are not queued
 * (WAL lets them run beside the writer).
 *
 * Writes outside a transaction (Payload's jobs runner updates its stats global that way) take
 * the same queue: waiting for the lock inside SQLite would block the event loop, so the
 * transaction holding it could not finish, and the failed statement would leave the client's
 * connection on a stale snapshot (every later BEGIN then fails with SQLITE_BUSY_SNAPSHOT).
 *
 * It also re-applies the busy timeout, which is per connection: the client hands its connection
 * to each transaction and opens a new one without the pragma (libsql-client-ts #288). The
 * timeout still matters for other processes on the same file (`npm run jobs`, migrations).
 */
export function serializeSqliteWrites(adapter: DatabaseAdapterObj, { busyTimeoutMs }: { busyTimeoutMs: number }): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const writer = withTimeout(new Mutex(), WRITE_QUEUE_TIMEOUT_MS)
      const releases = new Map<TransactionID, () => void>()

      const turn = () =>
        writer.acquire().catch((error: unknown) => {
          throw error === E_TIMEOUT ? new Error(`SQLite write queue: no turn within ${WRITE_QUEUE_TIMEOUT_MS / 1000} s`) : error
        })

      const connect = instance.connect?.bind(instance)
      if (connect) {
        instance.connect = async (options) => {
          await connect(options)
          const client = (instance as unknown as { client: Client }).client
          const execute = client.execute.bind(client) as (statement: InStatement) => Promise<ResultSet>
          client.execute = (async (statement: InStatement) => {
            if (!isWrite(statement)) return execute(statement)
            const release = await turn()
            try {
              return await execute(statement)
            } finally {
              release()
            }
          }) as Client['execute']
        }
      }

      const begin = instance.beginTransaction.bind(instance)
      instance.beginTransaction = async (options) => {
        const release = await turn()
        try {
          const id = await begin(options)
          const client = (instance as unknown as { client: Client }).client
          await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }

      // Payload may end one transaction several times (every operation sharing a request tries);
      // the first end releases the queue, the others find nothing to release.
      const releasingAfter = (end: (id: TransactionID) => Promise<void>) => async (incoming: Promise<TransactionID> | TransactionID) => {
        const id = await incoming
        try {
          await end(id)
        } finally {
          releases.get(id)?.()
          releases.delete(id)
        }
      }
      instance.commitTransaction = releasingAfter(instance.commitTransaction.bind(instance))
      instance.rollbackTransaction = releasingAfter(instance.rollbackTransaction.bind(instance))
      return instance
    },
  }
}
