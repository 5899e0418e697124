import type { TestProject } from 'vitest/node'

import { startPostgres } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server the suite creates its databases on; unset means a SQLite file per test file. */
    databaseServerUri: string | undefined
  }
}

/**
 * Chooses the database server for the whole run. `DATABASE_URI=postgres://…` or `mongodb://…`
 * uses that server; `TEST_DATABASE=postgres` starts a private PostgreSQL for the run; otherwise
 * every test file gets its own SQLite file. Tests never write to the database named in the URI.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URI) {
    project.provide('databaseServerUri', process.env.DATABASE_URI)
    return
  }
  if (process.env.TEST_DATABASE !== 'postgres') {
    project.provide('databaseServerUri', undefined)
    return
  }
  const postgres = await startPostgres()
  project.provide('databaseServerUri', postgres.url)
  return () => postgres.stop()
}
