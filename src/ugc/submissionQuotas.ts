import { z } from 'zod'

import { rateLimitOf } from '../config/envValues'

const HOUR_MS = 60 * 60 * 1000

/** Submissions per client address and hour, and per contact and day; 0 lifts a limit. Checked at server start (src/config/serverEnv.ts). */
export const ugcSubmissionQuotaEnv = z.object({
  UGC_SUBMISSIONS_PER_IP_PER_HOUR: rateLimitOf(10),
  UGC_SUBMISSIONS_PER_CONTACT_PER_DAY: rateLimitOf(5),
})

/** The two limits with their windows, parsed on each submission (two numbers; they were checked at start-up). */
export function submissionQuotas(env: NodeJS.ProcessEnv) {
  const settings = ugcSubmissionQuotaEnv.parse(env)
  return [
    { field: 'licence.ipHash', limit: settings.UGC_SUBMISSIONS_PER_IP_PER_HOUR, windowMs: HOUR_MS },
    { field: 'author.contactKey', limit: settings.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY, windowMs: 24 * HOUR_MS },
  ] as const
}
