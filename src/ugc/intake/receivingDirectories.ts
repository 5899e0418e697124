import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const PREFIX = 'zhongcao-ugc-'
/** Directories named for their process: a shopper's upload per request, and Payload's upload temp folder. */
const OWNED = /^zhongcao-(?:ugc|uploads)-(\d+)(?:-|$)/

/**
 * A temporary directory for one request's files while they are received and checked, named for
 * the process that owns it: its request removes it, and should the process die first (kill -9,
 * a crash), the next start finds it by that name.
 */
export const receivingDirectory = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`))

/**
 * Where Payload writes staff uploads' bodies while it checks them (its default is ./tmp under the
 * working directory). One per process: Payload's temp names (a counter and the time) are unique
 * only within one.
 */
export const uploadTempDirectory = (): string => path.join(os.tmpdir(), `zhongcao-uploads-${process.pid}`)

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the receiving and upload temp directories of processes that are no longer running: a
 * half-sent file must not outlive the server that was receiving it. Called at start, before this
 * process takes a request, so directories named for its own PID are a crashed run's (a container
 * restarted with the same PID) and go too. Directories of running processes (other
 * instances on the same host) are left alone.
 */
export async function removeAbandonedReceivingDirectories(directory = os.tmpdir()): Promise<string[]> {
  const abandoned = (await readdir(directory).catch(() => [])).filter((name) => {
    const owner = OWNED.exec(name)
    const pid = Number(owner?.[1])
    return owner !== null && (pid === process.pid || pid === 0 || !isRunning(pid))
  })
  await Promise.all(abandoned.map((name) => rm(path.join(directory, name), { recursive: true, force: true })))
  return abandoned
}
