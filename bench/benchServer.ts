import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseKind } from './database'

import { login, registerFirstUser } from '../test/support/http'
import { type RunningServer, startServer } from '../test/support/testServer'

const root = path.resolve(import.meta.dirname, '..')

export type BenchServer = {
  server: RunningServer
  databaseUri: string
  /** An administrator's JSON + JWT headers. */
  headers: Record<string, string>
  /** A REST call as the administrator; its `doc`. */
  send: (method: string, route: string, data: unknown) => Promise<any>
  /** A GraphQL operation with `headers` (default: the administrator's); its `data`, or an error with its errors. */
  graphql: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<any>
}

/** No rate limit or submission quota: they would throttle the measurement itself. */
const UNLIMITED = {
  RATE_LIMIT_PER_KEY_PER_MINUTE: '0',
  RATE_LIMIT_PER_IP_PER_MINUTE: '0',
  UGC_SUBMISSIONS_PER_IP_PER_HOUR: '0',
  UGC_SUBMISSIONS_PER_CONTACT_PER_DAY: '0',
}

/** A new SQLite file under bench/.data, or a new database on the bench's PostgreSQL server (the adapter creates it). */
function freshDatabase(kind: DatabaseKind, name: string, postgresUrl: string | undefined): string {
  if (kind === 'postgres') {
    const url = new URL(postgresUrl!)
    url.pathname = `/bench_${name.toLowerCase().replace(/[^a-z0-9]/g, '_')}_${Date.now()}`
    return url.toString()
  }
  const file = path.join(root, 'bench/.data', `${name}.db`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  return `file:${file}`
}

/**
 * The production server on a new, empty database, with an administrator signed in: no demo data,
 * no job runner, no rate limits.
 */
export async function startBenchServer(kind: DatabaseKind, name: string, postgresUrl?: string): Promise<BenchServer> {
  const databaseUri = freshDatabase(kind, name, postgresUrl)
  const server = await startServer({
    label: `bench-${name}`,
    mode: 'production',
    databaseUri,
    env: { SEED_DEMO_ON_EMPTY: 'false', JOBS_RUNNER: 'false', ...UNLIMITED },
  })
  try {
    await registerFirstUser(server.url, { email: 'bench@zhongcao.local', password: 'bench-password-2026' })
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `JWT ${(await login(server.url, 'bench@zhongcao.local', 'bench-password-2026')).body.token}`,
    }
    const send = async (method: string, route: string, data: unknown) => {
      const response = await fetch(`${server.url}/api/${route}`, { method, headers, body: JSON.stringify(data) })
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
      return ((await response.json()) as { doc: unknown }).doc
    }
    const graphql = async (query: string, variables?: Record<string, unknown>, as: Record<string, string> = headers) => {
      const response = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: as, body: JSON.stringify({ query, variables }) })
      const body = (await response.json()) as { data?: unknown; errors?: unknown }
      if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`)
      return body.data
    }
    return { server, databaseUri, headers, send, graphql }
  } catch (error) {
    await server.stop()
    throw error
  }
}
