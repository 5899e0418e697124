import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { writeAuditEntry } from '../audit/writeAuditEntry'
/**
 * A PIPL deletion (SPEC §3.3, Art. 47): every submission of the person with this contact key
 * loses its text, media (rows and files), nickname, contact, address hash and source link, and
 * its licence, which withdraws consent to any further release of content made from it (see
 * src/content/reviewVariant.ts). The moderation record stays, with an audit entry naming only the
 * submission. One transaction; returns how many submissions were erased.
 */
export async function eraseAuthorData(req: PayloadRequest, contactKey: string, requestedBy: 'author' | 'staff'): Promise<number> {
  const shouldCommit = await initTransaction(req)
  try {
    const { docs } = await req.payload.find({
      collection: 'ugc-submissions',
      where: { 'author.contactKey': { equals: contactKey } },
      select: { status: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const erasedAt = new Date().toISOString()
    for (const submission of docs) {
      // Through the Local API, so that Payload deletes the files and their thumbnails too.
      await req.payload.delete({ collection: 'ugc-media', where: { submission: { equals: submission.id } }, overrideAccess: true, req })
      await req.payload.update({
        collection: 'ugc-submissions',
        id: submission.id,
        data: {
          title: `#${submission.id}`,
          text: '',
          media: [],
          sourceUrl: null,
          author: { nickname: null, contact: null, contactKey: null },
          licence: { scopes: [], ipHash: null },
          duplicates: [],
          erasedAt,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await writeAuditEntry(req, {
        actor: requestedBy === 'author' ? 'author' : undefined,
        targetCollection: 'ugc-submissions',
        documentId: String(submission.id),
        documentTitle: `UGC #${submission.id}`,
        from: submission.status,
        to: 'erased',
        reason:
          requestedBy === 'author'
            ? '作者按《个人信息保护法》要求删除 / Deletion requested by the author (PIPL)'
            : '工作人员按作者要求删除 / Deleted by staff at the author’s request (PIPL)',
      })
    }
    if (shouldCommit) await commitTransaction(req)
    return docs.length
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
