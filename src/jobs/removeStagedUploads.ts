import type { Payload, TaskConfig } from 'payload'

export const UGC_QUEUE = 'ugc'

/**
 * A token is still good until its upload's stagedUntil; a submission that checked one just before
 * then may still be saving. The job leaves such uploads this long after their time.
 */
const GRACE_MS = 10 * 60_000

/**
 * Removes shoppers' uploads that never became part of a submission (docs/ugc.md): their rows and,
 * through payload.delete, their files.
 */
export async function removeStagedUploads(payload: Payload, now = new Date()): Promise<{ removed: number }> {
  const { docs, errors } = await payload.delete({
    collection: 'ugc-media',
    where: { and: [{ submission: { exists: false } }, { stagedUntil: { less_than: new Date(now.getTime() - GRACE_MS).toISOString() } }] },
    overrideAccess: true,
  })
  for (const error of errors) payload.logger.error({ uploadId: error.id, message: error.message }, 'removing a staged UGC upload failed')
  return { removed: docs.length }
}

export const removeStagedUploadsTask: TaskConfig<{ input: Record<string, never>; output: { removed: number } }> = {
  slug: 'removeStagedUploads',
  label: '清理未提交的用户上传 / Remove UGC uploads never submitted',
  schedule: [{ cron: '0 * * * *', queue: UGC_QUEUE }],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: await removeStagedUploads(req.payload) }),
}
