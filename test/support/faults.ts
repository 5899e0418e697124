import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Stops and starts again a PostgreSQL server started by test/support/postgres.ts, on the same data
 * directory: `pg_ctl restart` starts a stopped server with the options recorded in postmaster.opts.
 */
export function postgresSwitch(url: string): { stop: () => void; start: () => void } {
  const dataDir = execFileSync('psql', [url, '-At', '-c', 'SHOW data_directory'], { encoding: 'utf8' }).trim()
  const debianRoot = '/usr/lib/postgresql'
  const pgCtl = fs
    .readdirSync(debianRoot)
    .map((major) => path.join(debianRoot, major, 'bin', 'pg_ctl'))
    .find((candidate) => fs.existsSync(candidate))!
  const asRoot = process.getuid?.() === 0
  const pgCtlRun = (args: string[]) => execFileSync(asRoot ? 'runuser' : pgCtl, asRoot ? ['-u', 'postgres', '--', pgCtl, ...args] : args, { stdio: 'pipe' })
  return {
    stop: () => pgCtlRun(['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    start: () => pgCtlRun(['-D', dataDir, '-l', path.join(path.dirname(dataDir), 'server.log'), '-w', 'restart']),
  }
}

/** Every file under `directory`, relative to it, or none when it does not exist. */
export function filesUnder(directory: string): string[] {
  if (!fs.existsSync(directory)) return []
  return (fs.readdirSync(directory, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Sends SIGKILL to the server's whole process group (tsx and the server it runs) and waits for the exit. */
export async function killHard(server: { process: { pid?: number; exitCode: number | null }; stop: (signal?: NodeJS.Signals) => Promise<number | null> }) {
  process.kill(-server.process.pid!, 'SIGKILL')
  await server.stop('SIGKILL')
}
