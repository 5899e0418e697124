import autocannon, { type Request } from 'autocannon'

import { serverMemory, waitUntilIdle } from './processStats'

export type Run = { requestsPerSecond: number; p50Ms: number; p99Ms: number; maxMs: number; errors: number; non2xx: number; rssMb: number }

export type LoadRequest = {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** A new body per request (for writes that must differ, such as submissions). */
  bodyOf?: () => string
}

const round = (value: number) => Math.round(value * 10) / 10

/** One autocannon run at `connections` for `seconds`, on a server `pid` that is idle first, with its resident memory at the end. */
export async function load(request: LoadRequest, { connections, seconds, pid }: { connections: number; seconds: number; pid: number }): Promise<Run> {
  const { bodyOf, ...fixed } = request
  await waitUntilIdle(pid)
  const result = await autocannon({
    ...fixed,
    connections,
    duration: seconds,
    ...(bodyOf ? { requests: [{ setupRequest: (req: Request) => ({ ...req, body: bodyOf() }) }] } : {}),
  })
  return {
    requestsPerSecond: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    // autocannon's errors include its timeouts.
    errors: result.errors,
    non2xx: result.non2xx,
    rssMb: serverMemory(pid).rssMb,
  }
}

/** The run with the most requests per second: the one least disturbed by the rest of the machine. */
export const bestRun = (runs: Run[]): Run => runs.reduce((best, run) => (run.requestsPerSecond > best.requestsPerSecond ? run : best))
