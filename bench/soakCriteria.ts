/** One sampling window of the soak: what the server answered in it, and its memory at the window's end. */
export type SoakWindow = {
  /** Seconds since the load began, at the window's end. */
  endSecond: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Non-2xx answers, GraphQL `errors` in a 2xx answer, connection errors and timeouts. */
  errors: number
  rssMb: number
}

export type SoakVerdict = {
  errors: { total: number; passed: boolean }
  /** Median of the windows' p99 in the first and the last third after the warm-up; passes while last ≤ 1.5 × first. */
  p99: { firstThirdMedianMs: number; lastThirdMedianMs: number; ratio: number; limit: number; passed: boolean }
  /** Server RSS at the end of the warm-up and at the end; passes while it grew less than 10 %. */
  rss: { warmUpMb: number; endMb: number; growth: number; limit: number; passed: boolean }
  passed: boolean
}

export const P99_RATIO_LIMIT = 1.5
export const RSS_GROWTH_LIMIT = 0.1

/** The warm-up left out of the stability figures: the first minute of the 10-minute soak, a fifth of a shorter one. */
export const warmUpSeconds = (seconds: number): number => Math.min(60, Math.round(seconds / 5))

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The latency at `share` (0..1) of sorted values, nearest rank. */
export const percentile = (sorted: number[], share: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!

/**
 * The pass criteria: no error at all (warm-up included), p99 stable after the warm-up,
 * RSS growth from the end of the warm-up to the end under 10 %.
 */
export function judgeSoak(windows: SoakWindow[], warmUp: number): SoakVerdict {
  const measured = windows.filter((window) => window.endSecond > warmUp)
  if (measured.length < 3) throw new Error(`a soak needs at least three windows after its ${warmUp} s warm-up; it had ${measured.length}`)
  const third = Math.floor(measured.length / 3)
  const first = median(measured.slice(0, third).map((window) => window.p99Ms))
  const last = median(measured.slice(-third).map((window) => window.p99Ms))
  const warmUpMb = windows.filter((window) => window.endSecond <= warmUp).at(-1)?.rssMb ?? measured[0]!.rssMb
  const endMb = measured.at(-1)!.rssMb
  const total = windows.reduce((sum, window) => sum + window.errors, 0)
  const ratio = first > 0 ? last / first : 1
  const growth = (endMb - warmUpMb) / warmUpMb
  const verdict = {
    errors: { total, passed: total === 0 },
    p99: { firstThirdMedianMs: first, lastThirdMedianMs: last, ratio, limit: P99_RATIO_LIMIT, passed: ratio <= P99_RATIO_LIMIT },
    rss: { warmUpMb, endMb, growth, limit: RSS_GROWTH_LIMIT, passed: growth < RSS_GROWTH_LIMIT },
  }
  return { ...verdict, passed: verdict.errors.passed && verdict.p99.passed && verdict.rss.passed }
}
