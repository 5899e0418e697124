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

/**
 * Resident memory of the largest process under `pid`: tsx runs the server in a child process, so
 * the launcher's own memory is not the server's. Linux only (/proc). In MB, current and peak.
 */
export function serverMemory(pid: number): { rssMb: number; peakRssMb: number } {
  const tree = [pid]
  for (let index = 0; index < tree.length; index++) tree.push(...children(tree[index]!))
  const largest = tree.reduce((best, candidate) => (kilobytes(candidate, 'VmRSS') > kilobytes(best, 'VmRSS') ? candidate : best))
  return { rssMb: Math.round(kilobytes(largest, 'VmRSS') / 1024), peakRssMb: Math.round(kilobytes(largest, 'VmHWM') / 1024) }
}
