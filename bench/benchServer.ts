import fs from 'node:fs'
import path from 'node:path'

import { login, registerFirstUser } from '../test/support/http'
import { type RunningServer, startServer } from '../test/support/testServer'

const root = path.resolve(import.meta.dirname, '..')

/**
 * The production server on a new SQLite file under bench/.data, with an administrator signed in.
 * No demo data, no job runner, no rate limits: they would throttle the measurement itself.
 */
export async function startBenchServer(name: string): Promise<{
  server: RunningServer
  file: string
  headers: Record<string, string>
  send: (method: string, route: string, data: unknown) => Promise<any>
}> {
  const file = path.join(root, 'bench/.data', `${name}.db`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  const server = await startServer({
    label: `bench-${name}`,
    mode: 'production',
    databaseUri: `file:${file}`,
    env: { SEED_DEMO_ON_EMPTY: 'false', JOBS_AUTORUN: 'false', RATE_LIMIT_PER_KEY_PER_MINUTE: '0', RATE_LIMIT_PER_IP_PER_MINUTE: '0' },
  })
  try {
    await registerFirstUser(server.url, { email: 'bench@zhongcao.local', password: 'bench-password-2026' })
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `JWT ${(await login(server.url, 'bench@zhongcao.local', 'bench-password-2026')).body.token}`,
    }
    /** A REST call as the administrator; its `doc`. */
    const send = async (method: string, route: string, data: unknown) => {
      const response = await fetch(`${server.url}/api/${route}`, { method, headers, body: JSON.stringify(data) })
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
      return ((await response.json()) as { doc: unknown }).doc
    }
    return { server, file, headers, send }
  } catch (error) {
    await server.stop()
    throw error
  }
}
