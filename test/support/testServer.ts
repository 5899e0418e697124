import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freshDatabaseUri, freshMediaDir, TEST_SECRET } from './testDatabase'

export type RunningServer = {
  url: string
  databaseUri: string
  logFile: string
  process: ChildProcess
  /** Sends the signal and resolves with the exit code once the process has ended. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

const root = path.resolve(import.meta.dirname, '../..')
const resultsDir = path.join(root, 'test-results')

/**
 * Starts the real server (`src/server.ts`, exactly what `npm run dev` / `npm start` run) on an
 * ephemeral port with its own fresh database, and waits until it has logged that it is ready.
 * Its output goes to test-results/server-<label>.log for when a test fails.
 */
export async function startServer({
  label,
  mode,
  env = {},
  databaseUri = freshDatabaseUri(label),
  expectReady = true,
}: {
  label: string
  mode: 'development' | 'production'
  env?: Record<string, string>
  databaseUri?: string
  expectReady?: boolean
}): Promise<RunningServer> {
  fs.mkdirSync(resultsDir, { recursive: true })
  const logFile = path.join(resultsDir, `server-${label}.log`)
  const log = fs.createWriteStream(logFile)

  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: mode,
      HOST: '127.0.0.1',
      PORT: '0',
      PAYLOAD_SECRET: TEST_SECRET,
      DATABASE_URI: databaseUri,
      MEDIA_DIR: freshMediaDir(label),
      SEED_DEMO_ON_EMPTY: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      ...(mode === 'development' ? { NEXT_DIST_DIR: '.next-test' } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the server in a child process, and both must go together.
    detached: true,
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    let port: number | undefined
    let buffered = ''
    const timer = setTimeout(() => reject(new Error(`server ${label} not ready in time; see ${logFile}`)), 240_000)
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (!line.startsWith('{')) continue
        const entry = JSON.parse(line) as { msg?: string; port?: number }
        if (entry.msg?.startsWith('listening on')) port = entry.port
        if (!port || (entry.msg !== 'ready' && entry.msg !== 'not ready')) continue
        clearTimeout(timer)
        if (entry.msg === 'ready' || !expectReady) resolve(`http://127.0.0.1:${port}`)
        else reject(new Error(`server ${label} started but is not ready: ${line}`))
      }
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server ${label} exited with ${code} before it was ready; see ${logFile}`))
    })
  }).catch((error: unknown) => {
    // A server that never became ready must not outlive the test run (and hold Next's dev lock).
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
    throw error
  })

  return {
    url,
    databaseUri,
    logFile,
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}
