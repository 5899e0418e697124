import type { DatabaseAdapterObj, UpdateJobsArgs, Where } from 'payload'

/**
 * A job claimed this long ago and still neither finished nor updated was claimed by a runner that
 * died (killed, out of memory, redeployed). The longest job here, a publishing run or one webhook
 * attempt, takes seconds.
 */
export const STALE_CLAIM_MS = 10 * 60_000

/** What Payload's PostgreSQL adapter (the drizzle base) offers beyond the generic adapter. */
type SqlAdapter = {
  drizzle: unknown
  sessions?: Record<string | number, { db: unknown }>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rowCount?: number | null }>
}

/**
 * The runner's claim (payload/queues/operations/runJobs): mark up to `limit` jobs matching `where`
 * processing (Payload adds `updatedAt`) and return them.
 */
const isClaim = (args: UpdateJobsArgs): args is Extract<UpdateJobsArgs, { where: Where }> =>
  args.id === undefined && args.data.processing === true && Object.keys(args.data).every((key) => key === 'processing' || key === 'updatedAt')

/**
 * Makes claiming jobs safe with more than one runner, and after a runner died, on the SQL adapters.
 *
 * Payload claims jobs in a transaction that reads the matching rows and then marks them processing
 * by id. On PostgreSQL (read committed) two runners polling at the same moment (two instances left
 * as runners, or the old and the new runner overlapping in a rolling deploy) can both read and
 * claim one job and both run it: a post published twice, a webhook sent twice. With
 * `conditionalClaims` each job is marked only if its row still says it is not processing, which
 * the database serialises, so every job goes to one runner. SQLite needs none: the claim's
 * transaction begins IMMEDIATE and holds the only write lock from its read to its commit.
 *
 * A runner that dies mid-job leaves the job marked processing for ever, and Payload then also never
 * queues that scheduled task again (it waits for the "running" one): scheduled publishing would
 * stop. So each claim first hands back jobs whose claim is older than STALE_CLAIM_MS.
 */
export function guardJobClaims(adapter: DatabaseAdapterObj, { conditionalClaims }: { conditionalClaims: boolean }): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const updateJobs = instance.updateJobs.bind(instance)
      const sql = instance as unknown as SqlAdapter
      instance.updateJobs = async (jobArgs) => {
        if (!isClaim(jobArgs)) return updateJobs(jobArgs)
        const staleBefore = new Date(Date.now() - STALE_CLAIM_MS).toISOString()
        if (!conditionalClaims) {
          await updateJobs({
            where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }, { updatedAt: { less_than: staleBefore } }] },
            data: { processing: false },
            returning: false,
            req: jobArgs.req,
          })
          return updateJobs(jobArgs)
        }

        const transactionID = await jobArgs.req?.transactionID
        const db = (transactionID !== undefined && sql.sessions?.[transactionID]?.db) || sql.drizzle
        // One statement, not Payload's read-then-write-by-id: PostgreSQL re-checks the condition on a
        // row it had to wait for, so a claim another runner has just made is not handed back.
        await sql.execute({
          drizzle: db,
          raw: `update payload_jobs set processing = false where processing = true and completed_at is null and updated_at < '${staleBefore}'`,
        })
        const { docs } = await instance.find({
          collection: 'payload-jobs',
          where: jobArgs.where,
          sort: jobArgs.sort,
          limit: jobArgs.limit,
          pagination: false,
          req: jobArgs.req,
        })
        const claimed: number[] = []
        for (const { id } of docs) {
          const jobId = Number(id)
          if (!Number.isSafeInteger(jobId)) throw new Error(`guardJobClaims: job id ${String(id)} is not an integer`)
          const result = await sql.execute({ drizzle: db, raw: `update payload_jobs set processing = true where id = ${jobId} and processing = false` })
          if ((result.rowCount ?? 0) > 0) claimed.push(jobId)
        }
        if (claimed.length === 0) return []
        return updateJobs({ ...jobArgs, where: { id: { in: claimed } }, limit: claimed.length })
      }
      return instance
    },
  }
}
