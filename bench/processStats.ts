import fs from 'node:fs'

const children = (pid: number): number[] => {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

const kilobytes = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${field}:`))
  return line ? Number(line.split(/\s+/)[1]) : 0
}

const processTree = (pid: number): number[] => {
  const tree = [pid]
  for (let index = 0; index < tree.length; index++) tree.push(...children(tree[index]!))
  return tree
}

/** CPU seconds (user + system) used so far by `pid` and every process under it. */
function cpuSeconds(pid: number): number {
  const ticks = processTree(pid).reduce((sum, member) => {
    try {
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${member}/stat`, 'utf8').split(') ')[1]!.split(' ')
      return sum + Number(fields[11]) + Number(fields[12])
    } catch {
      return sum
    }
  }, 0)
  return ticks / 100
}

/**
 * Waits until the processes under `pid` use less than a fifth of a core over half a second (at
 * most `timeoutMs`): requests a load run abandoned at its end (a password hash, a ranking) are
 * still being worked on, and would be charged to the next run.
 */
export async function waitUntilIdle(pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let before = cpuSeconds(pid)
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    const now = cpuSeconds(pid)
    if (now - before < 0.1) return
    before = now
  }
}

/**
 * Resident memory of the largest process under `pid`: tsx runs the server in a child process, so
 * the launcher's own memory is not the server's. Linux only (/proc). In MB, current and peak.
 */
export function serverMemory(pid: number): { rssMb: number; peakRssMb: number } {
  const largest = processTree(pid).reduce((best, candidate) => (kilobytes(candidate, 'VmRSS') > kilobytes(best, 'VmRSS') ? candidate : best))
  return { rssMb: Math.round(kilobytes(largest, 'VmRSS') / 1024), peakRssMb: Math.round(kilobytes(largest, 'VmHWM') / 1024) }
}
