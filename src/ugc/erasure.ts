import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { writeAuditEntry } from '../audit/writeAuditEntry'
import { storedFiles, type UploadCollection } from '../media/storedFiles'

type StoredFile = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

/** The names of an upload's file and its resized copies. */
const filesOf = (doc: StoredFile): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

/**
 * A PIPL deletion (SPEC §3.3, Art. 47) of every submission of the person with this contact key:
 * - each submission loses its text, media, nickname, contact, address hash, source link, findings
 *   and licence; the moderation record stays, with an audit entry naming only the submission;
 * - content assets made from them are deleted with the copies of the author's media (they carry
 *   the photos, the text and the credit), which also takes them out of the publish feed.
 * Rows go in one transaction; files are removed only once it has committed, so a failure leaves
 * everything as it was.
 */
export async function eraseAuthorData(req: PayloadRequest, contactKey: string, requestedBy: 'author' | 'staff'): Promise<number> {
  const files: Record<UploadCollection, string[]> = { media: [], 'ugc-media': [] }
  const actor = requestedBy === 'author' ? 'author' : undefined
  const reason =
    requestedBy === 'author'
      ? '作者按《个人信息保护法》要求删除 / Deletion requested by the author (PIPL)'
      : '工作人员按作者要求删除 / Deleted by staff at the author’s request (PIPL)'
  const shouldCommit = await initTransaction(req)
  let erased: number
  try {
    const find = <Slug extends CollectionSlug>(collection: Slug, where: Parameters<typeof req.payload.find<Slug, never>>[0]['where']) =>
      req.payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true, req })
    const { docs: submissions } = await find('ugc-submissions', { 'author.contactKey': { equals: contactKey } })
    const submissionIds = submissions.map((submission) => submission.id)
    erased = submissions.length

    const { docs: media } = erased ? await find('ugc-media', { submission: { in: submissionIds } }) : { docs: [] }
    files['ugc-media'].push(...media.flatMap(filesOf))
    if (media.length) await req.payload.db.deleteMany({ collection: 'ugc-media', where: { id: { in: media.map((item) => item.id) } }, req })

    const { docs: derived } = erased ? await find('content-assets', { sourceUgc: { in: submissionIds } }) : { docs: [] }
    for (const asset of derived) {
      const mediaIds = (asset.media ?? []).map((item) => (typeof item === 'object' ? item.id : item))
      const { docs: copies } = mediaIds.length ? await find('media', { id: { in: mediaIds } }) : { docs: [] }
      const ownCopies = copies.filter((copy) => copy.filename?.startsWith(`ugc-${asset.sourceUgc}-`))
      files.media.push(...ownCopies.flatMap(filesOf))
      await req.payload.delete({ collection: 'content-assets', id: asset.id, overrideAccess: true, req })
      if (ownCopies.length) await req.payload.db.deleteMany({ collection: 'media', where: { id: { in: ownCopies.map((copy) => copy.id) } }, req })
      await writeAuditEntry(req, {
        actor,
        targetCollection: 'content-assets',
        documentId: String(asset.id),
        documentTitle: `#${asset.id}`,
        from: asset.status,
        to: 'erased',
        reason,
      })
    }

    const erasedAt = new Date().toISOString()
    for (const submission of submissions) {
      await req.payload.update({
        collection: 'ugc-submissions',
        id: submission.id,
        data: {
          title: `#${submission.id}`,
          text: '',
          media: [],
          sourceUrl: null,
          rejectionReason: null,
          author: { nickname: null, contact: null, contactKey: null },
          licence: { scopes: [], ipHash: null },
          duplicate: false,
          duplicates: [],
          compliance: null,
          maskedPersonalData: [],
          erasedAt,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await writeAuditEntry(req, {
        actor,
        targetCollection: 'ugc-submissions',
        documentId: String(submission.id),
        documentTitle: `UGC #${submission.id}`,
        from: submission.status,
        to: 'erased',
        reason,
      })
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  // The erasure has committed: a file that cannot be removed now (the bucket briefly unreachable)
  // must not turn it into an error the author would retry in vain. It is logged with its name, for
  // an operator to remove.
  const removals = await Promise.allSettled([storedFiles().remove('ugc-media', files['ugc-media']), storedFiles().remove('media', files.media)])
  for (const removal of removals) {
    if (removal.status === 'rejected') req.payload.logger.error({ err: removal.reason, files }, 'erased UGC: removing its files failed; remove them by hand')
  }
  return erased
}
