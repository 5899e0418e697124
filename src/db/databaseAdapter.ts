import type { DatabaseAdapterObj, Migration } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { parseDatabaseUri } from './databaseUri'
import { guardJobClaims } from './jobClaims'
import { refuseDevPushedDatabase } from './refuseDevPushedDatabase'
import { serializeSqliteWrites } from './serializeSqliteWrites'

const SQLITE_BUSY_TIMEOUT_MS = 5_000

const migrationsRoot = path.resolve(process.cwd(), 'migrations')

/**
 * The adapter for `DATABASE_URI` (see parseDatabaseUri). Development pushes the schema; production
 * applies the committed migrations of that adapter at start-up (`prodMigrations`).
 */
export function databaseAdapter(env: NodeJS.ProcessEnv): DatabaseAdapterObj {
  const target = parseDatabaseUri(env.DATABASE_URI, { nodeEnv: env.NODE_ENV, cwd: process.cwd() })

  switch (target.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(target.file), { recursive: true })
      return refuseDevPushedDatabase(
        guardJobClaims(
          serializeSqliteWrites(
            sqliteAdapter({
              client: { url: target.url },
              // All three are off by default in the adapter; without them a failed request can leave
              // half its writes behind. Concurrent writers also need serializeSqliteWrites.
              wal: true,
              busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
              transactionOptions: {},
              migrationDir: path.join(migrationsRoot, 'sqlite'),
              prodMigrations: sqliteMigrations as Migration[],
            }),
            { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS },
          ),
          { conditionalClaims: false },
        ),
      )
    case 'postgres':
      return refuseDevPushedDatabase(
        guardJobClaims(
          postgresAdapter({
            pool: { connectionString: target.url },
            migrationDir: path.join(migrationsRoot, 'postgres'),
            prodMigrations: postgresMigrations as Migration[],
          }),
          { conditionalClaims: true },
        ),
      )
    case 'mongodb':
      // Transactions need a replica set; on a standalone server Payload silently runs without them.
      // Its job claims are not guarded (src/db/jobClaims.ts is for SQL): exactly one job runner.
      return mongooseAdapter({ url: target.url })
  }
}
