import { describe, expect, it } from 'vitest'

import { STALE_CLAIM_MS } from '../../src/db/jobClaims'
import { useTestPayload } from '../support/testPayload'

const QUEUE = 'claims'

/** Job runners on one database (src/db/jobClaims.ts): each queued job runs once, and a dead runner's job runs again. */
describe('claiming queued jobs', () => {
  const testPayload = useTestPayload('job-claims')
  const queueJob = () => testPayload().jobs.queue({ task: 'removeStagedUploads', input: {}, queue: QUEUE })
  const ran = (runs: { jobStatus?: Record<string, unknown> }[]) => runs.flatMap((run) => Object.entries(run.jobStatus ?? {}))

  it('runs every due job once when three runners poll the queue at the same moment', async () => {
    const payload = testPayload()
    const jobs = [await queueJob(), await queueJob(), await queueJob(), await queueJob()]
    const runs = await Promise.all([1, 2, 3].map(() => payload.jobs.run({ queue: QUEUE })))
    expect(ran(runs).toSorted(([a], [b]) => Number(a) - Number(b))).toEqual(jobs.map((job) => [String(job.id), { status: 'success' }]))
  })

  it('runs a job again once the runner that claimed it has been silent too long, and not before', async () => {
    const payload = testPayload()
    const job = await queueJob()
    // A runner claimed it and died: the job stays marked processing.
    const claimedAt = (msAgo: number) =>
      payload.db.updateJobs({ id: job.id, data: { processing: true, updatedAt: new Date(Date.now() - msAgo).toISOString() }, returning: false })

    await claimedAt(STALE_CLAIM_MS - 60_000)
    expect(ran([await payload.jobs.run({ queue: QUEUE })])).toEqual([])

    await claimedAt(STALE_CLAIM_MS + 60_000)
    expect(ran([await payload.jobs.run({ queue: QUEUE })])).toEqual([[String(job.id), { status: 'success' }]])
  })

  it("hands a dead runner's job to one of several runners polling at once, which runs it once", async () => {
    const payload = testPayload()
    const job = await queueJob()
    await payload.db.updateJobs({
      id: job.id,
      data: { processing: true, updatedAt: new Date(Date.now() - STALE_CLAIM_MS - 60_000).toISOString() },
      returning: false,
    })
    const runs = await Promise.all([1, 2, 3].map(() => payload.jobs.run({ queue: QUEUE })))
    expect(ran(runs)).toEqual([[String(job.id), { status: 'success' }]])
  })
})
