import { z } from 'zod'

import { unsetWhenEmpty } from './envValues'

/** JOBS_RUNNER: true by default; false/0/no/off for every process but the one that runs the jobs queue. */
export const jobsRunnerEnv = z.object({
  JOBS_RUNNER: unsetWhenEmpty(z.stringbool().default(true)),
})

/**
 * Whether this process schedules and runs the jobs queue (scheduled publishing, webhook deliveries,
 * staged-upload clean-up). Exactly one process of a deployment may: Payload's SQL adapters claim a
 * job by reading it and then marking it processing, so two runners can both run the same job, and
 * two schedulers ticking in the same second can both queue the minute's publishing job.
 */
export const isJobsRunner = (env: Record<string, string | undefined>): boolean => jobsRunnerEnv.parse(env).JOBS_RUNNER
