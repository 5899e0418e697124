import type { DatabaseKind } from './database'

/** The data sizes: content assets, KOL accounts and UGC submissions. */
export const SIZES = {
  S: { assets: 1_000, accounts: 1_000, ugc: 1_000 },
  M: { assets: 10_000, accounts: 10_000, ugc: 10_000 },
  L: { assets: 100_000, accounts: 100_000, ugc: 100_000 },
} as const
export type SizeName = keyof typeof SIZES

export type BenchSettings = { sizes: SizeName[]; databases: DatabaseKind[]; seconds: number; connections: number; runs: number }

const list = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T[], name: string): T[] => {
  if (!value) return fallback
  const items = value.split(',').map((item) => item.trim()) as T[]
  const unknown = items.filter((item) => !allowed.includes(item))
  if (unknown.length > 0) throw new Error(`${name}: unknown ${unknown.join(', ')} (one or more of ${allowed.join(', ')})`)
  return items
}

/**
 * What `npm run bench` measures: BENCH_SIZES (S,M,L), BENCH_DATABASES (sqlite,postgres),
 * BENCH_SECONDS per load run (8). The issue fixes 32 connections and two runs per scenario.
 */
export function benchSettings(env: Record<string, string | undefined>): BenchSettings {
  const seconds = Number(env.BENCH_SECONDS ?? 8)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BENCH_SECONDS: a positive number of seconds, not ${env.BENCH_SECONDS}`)
  const sizes = list(env.BENCH_SIZES, Object.keys(SIZES) as SizeName[], ['S', 'M', 'L'], 'BENCH_SIZES')
  return {
    sizes: (Object.keys(SIZES) as SizeName[]).filter((size) => sizes.includes(size)),
    databases: list(env.BENCH_DATABASES, ['sqlite', 'postgres'] as DatabaseKind[], ['sqlite', 'postgres'], 'BENCH_DATABASES'),
    seconds,
    connections: 32,
    runs: 2,
  }
}
