import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Localized } from '../i18n/localized'

import { hasRole } from '../auth/roles'
import { lexicalParagraphs } from '../content/lexicalParagraphs'
import { storedFiles } from '../media/storedFiles'
import { refuse } from '../graphql/errorCodes'
import { languageOf } from '../i18n/localized'
import { idOf } from '../refs/idOf'
import { UGC_SOURCES } from '../taxonomy/ugcSources'
import { type LicenceScope, licenceRefusal } from './licence'
import { ACCEPTED_UGC_STATUSES } from './moderation'

/** The credit line every reuse carries (XHS enterprise accounts may quote UGC only with `@作者` or the source). */
export function attributionOf(nickname: string, source: string | null | undefined, sourceUrl: string | null | undefined): Localized {
  const where = UGC_SOURCES.find(({ value }) => value === source)?.label
  return {
    zh: `内容来自用户 @${nickname}${where ? `（${where.zh}）` : ''}${sourceUrl ? ` 原帖：${sourceUrl}` : ''}`,
    en: `By @${nickname}${where ? ` on ${where.en}` : ''}${sourceUrl ? `, original post: ${sourceUrl}` : ''}`,
  }
}

/**
 * "Turn into content asset" (SPEC §7): an accepted submission becomes a draft asset with copies of
 * its media in the media library, its text, the author's credit and a link back to the original
 * post and to the submission. Refused unless the author's licence covers the use — a paid ad
 * needs the paid-ads scope — and is still in term. The asset is made sponsored for paid use, so
 * it carries the 广告 label, and every later release is checked against the licence again.
 */
export async function reuseAsContentAsset(req: PayloadRequest, submissionId: string, use: LicenceScope): Promise<{ id: number; title: string }> {
  if (!hasRole(req.user, 'admin', 'editor'))
    refuse(req, 'FORBIDDEN', 403, { zh: '只有内容编辑可以把投稿转为内容', en: 'Only content editors turn UGC into content' })
  const submission = await req.payload.findByID({ collection: 'ugc-submissions', id: submissionId, depth: 1, overrideAccess: true, req, disableErrors: true })
  if (!submission) return refuse(req, 'NOT_FOUND', 404, { zh: '找不到该投稿', en: 'No such submission' })
  if (submission.erasedAt) {
    refuse(req, 'INVALID_STATE', 409, { zh: '作者已要求删除该投稿，不能再使用', en: 'The author had this submission deleted; it cannot be used' })
  }
  if (!ACCEPTED_UGC_STATUSES.includes(submission.status)) {
    refuse(req, 'INVALID_STATE', 409, { zh: '只有已通过或精选的投稿可以转为内容', en: 'Only approved or featured submissions can be turned into content' })
  }
  const refusal = licenceRefusal(submission.licence, use, new Date())
  if (refusal) refuse(req, 'LICENCE_NOT_COVERED', 403, refusal)

  const product = typeof submission.product === 'object' ? submission.product : null
  const nickname = submission.author?.nickname ?? ''
  const credit = attributionOf(nickname, submission.source, submission.sourceUrl)
  // Every copy's name starts with this, so the files of a failed reuse can be found and removed.
  const copyPrefix = `ugc-${submission.id}-${randomUUID().slice(0, 8)}-`
  const shouldCommit = await initTransaction(req)
  try {
    const media = []
    for (const item of submission.media ?? []) {
      if (typeof item !== 'object' || !item.filename || !item.mimeType) continue
      const data = await storedFiles().read('ugc-media', item.filename)
      const copy = await req.payload.create({
        collection: 'media',
        data: { alt: `@${nickname} 的晒单 / UGC by @${nickname}` },
        file: { data, mimetype: item.mimeType, name: `${copyPrefix}${item.filename}`, size: data.length },
        depth: 0,
        overrideAccess: true,
        req,
      })
      media.push(copy.id)
    }
    const title = `${product?.name ?? ''} 用户晒单 · @${nickname}`
    const asset = await req.payload.create({
      collection: 'content-assets',
      data: {
        title,
        brand: idOf(submission.brand) as number,
        products: product ? [product.id] : [],
        tags: ['UGC'],
        sponsored: use === 'paid-ads',
        body: lexicalParagraphs([submission.text ?? '', credit[languageOf(req.i18n)]]),
        media,
        sourceUgc: submission.id,
        variants: [],
      },
      depth: 0,
      overrideAccess: true,
      user: req.user,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { id: asset.id, title: asset.title }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    await storedFiles().removeStartingWith('media', [copyPrefix])
    throw error
  }
}
