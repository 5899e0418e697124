import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Localized } from '../i18n/localized'
import type { UgcSubmission } from '../payload-types'

import { buildComplianceReport, complianceSubjectOf } from '../compliance'
import { clientAddressOf } from '../config/clientAddress'
import { refuse } from '../graphql/errorCodes'
import { languageOf } from '../i18n/localized'
import { setResponseStatus } from '../graphql/responseStatus'
import { idOf } from '../refs/idOf'
import { findDuplicates } from './duplicates'
import { MAX_UGC_IMAGES, MAX_UGC_VIDEOS, mediaMixProblem } from './intake/limits'
import { licenceExpiry } from './licence'
import { maskPersonalData, type MaskedKind } from './personalData'
import { addressHashOf, contactKeyOf } from './personalKeys'
import { inputProblem, ugcSubmissionInput } from './submissionInput'
import { submissionQuotas } from './submissionQuotas'
import { readUploadToken } from './uploadTokens'

export type UgcReceipt = { id: number; status: UgcSubmission['status']; duplicate: boolean; maskedPersonalData: MaskedKind[]; message: string }

/**
 * The per-address and per-contact limits, counted on the stored submissions themselves: exact
 * across server instances and restarts, and nothing to run beside the database. Refused with
 * 429 and Retry-After for when the oldest submission in the window leaves it.
 */
async function enforceQuotas(req: PayloadRequest, keys: Record<'licence.ipHash' | 'author.contactKey', string>) {
  const now = Date.now()
  for (const { field, limit, windowMs } of submissionQuotas(process.env)) {
    if (limit === 0) continue
    const { docs } = await req.payload.find({
      collection: 'ugc-submissions',
      where: { [field]: { equals: keys[field] }, createdAt: { greater_than: new Date(now - windowMs).toISOString() } },
      sort: '-createdAt',
      limit,
      select: { createdAt: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length < limit) continue
    const seconds = Math.max(1, Math.ceil((new Date(docs.at(-1)!.createdAt).getTime() + windowMs - now) / 1000))
    setResponseStatus(req, 429, { 'Retry-After': String(seconds) })
    const per: Localized =
      field === 'licence.ipHash' ? { zh: '同一网络每小时', en: 'from one network per hour' } : { zh: '同一联系方式每天', en: 'per contact per day' }
    refuse(req, 'RATE_LIMITED', 429, {
      zh: `投稿过于频繁：${per.zh}最多 ${limit} 条，请 ${Math.ceil(seconds / 60)} 分钟后再试。`,
      en: `Too many submissions: at most ${limit} ${per.en}. Try again in ${Math.ceil(seconds / 60)} min.`,
    })
  }
}

/**
 * A shopper's submission (SPEC §7): the form is checked field by field, the uploads named by
 * their tokens are attached, the images compared with earlier submissions, the text stripped of
 * contact data and scanned for compliance, and the consent recorded with its time, text version
 * and the client's address hash. All of it in one transaction: a refusal stores nothing.
 */
export async function submitUgc(req: PayloadRequest, rawInput: unknown): Promise<UgcReceipt> {
  const problem = inputProblem(rawInput)
  if (problem) {
    const consent = problem.field === 'licence' || problem.field === 'licence.accepted'
    refuse(req, consent ? 'CONSENT_REQUIRED' : 'BAD_USER_INPUT', 400, problem.message, `input.${problem.field}`)
  }
  const input = ugcSubmissionInput.parse(rawInput)
  const { secret } = req.payload
  const contactKey = contactKeyOf(secret, input.contact)
  const ipHash = addressHashOf(secret, clientAddressOf(req.headers))
  await enforceQuotas(req, { 'licence.ipHash': ipHash, 'author.contactKey': contactKey })

  const now = new Date()
  const uploadExpired = (index: number): never =>
    refuse(
      req,
      'UPLOAD_EXPIRED',
      400,
      { zh: `第 ${index + 1} 个文件已过期或已被使用，请重新上传`, en: `File ${index + 1} has expired or was already used: upload it again` },
      `input.media.${index}`,
    )
  const mediaIds = input.media.map((token, index) => readUploadToken(token, secret, now) ?? uploadExpired(index))

  const shouldCommit = await initTransaction(req)
  try {
    const product = await req.payload.findByID({ collection: 'products', id: input.product, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!product) refuse(req, 'NOT_FOUND', 404, { zh: '找不到该商品', en: 'No such product' }, 'input.product')
    const brand = await req.payload.findByID({ collection: 'brands', id: idOf(product!.brand)!, depth: 0, overrideAccess: true, req })

    const stagedUploads = async (ids: readonly (number | string)[]) =>
      (
        await req.payload.find({
          collection: 'ugc-media',
          where: { id: { in: ids }, submission: { exists: false } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs
    // The uploads' rows are written first: on PostgreSQL that takes their locks, so a second
    // submission naming the same upload waits here, then finds it taken (SQLite runs one write
    // transaction at a time).
    const candidates = await stagedUploads(mediaIds)
    for (const item of [...candidates].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
      await req.payload.db.updateOne({ collection: 'ugc-media', id: item.id, data: { updatedAt: now.toISOString() }, req })
    }
    const staged = candidates.length ? await stagedUploads(candidates.map((item) => item.id)) : []
    const media = mediaIds.map((id, index) => staged.find((item) => String(item.id) === String(id)) ?? uploadExpired(index))
    if (mediaMixProblem(media.map((item) => item.kind))) {
      refuse(
        req,
        'TOO_MANY_FILES',
        400,
        { zh: `一条投稿只能有最多 ${MAX_UGC_IMAGES} 张图片或 ${MAX_UGC_VIDEOS} 个视频`, en: `A submission has up to ${MAX_UGC_IMAGES} images or one video` },
        'input.media',
      )
    }

    const masked = maskPersonalData(input.text)
    // The nickname is shown to editors and in the credit of reused content: no phone number in it either.
    const nickname = maskPersonalData(input.nickname).text
    const compliance = buildComplianceReport({
      texts: [{ field: 'text', text: masked.text }],
      // Links and QR prompts in a review are 导流 wherever it would be reposted.
      forbidsDiversion: true,
      ...complianceSubjectOf(brand, [product!]),
    })
    const duplicates = await findDuplicates(req, media)
    const summary = masked.text.replace(/\s+/g, ' ').slice(0, 30)

    const submission = await req.payload.create({
      collection: 'ugc-submissions',
      data: {
        title: `${nickname}：${summary}`,
        status: 'pending',
        product: product!.id,
        brand: brand.id,
        text: masked.text,
        maskedPersonalData: masked.masked,
        media: media.map((item) => item.id),
        source: input.source as UgcSubmission['source'],
        sourceUrl: input.sourceUrl ?? null,
        author: { nickname, contact: input.contact, contactKey },
        licence: {
          scopes: input.licence.scopes as NonNullable<UgcSubmission['licence']>['scopes'],
          termMonths: input.licence.termMonths,
          expiresAt: licenceExpiry(now, input.licence.termMonths).toISOString(),
          consentVersion: input.licence.consentVersion,
          consentedAt: now.toISOString(),
          ipHash,
        },
        duplicate: duplicates.length > 0,
        duplicates,
        complianceBlocks: compliance.blockCount,
        compliance,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const item of media) {
      await req.payload.update({
        collection: 'ugc-media',
        id: item.id,
        data: { submission: submission.id, stagedUntil: null },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    if (shouldCommit) await commitTransaction(req)

    const message: Localized = {
      zh: `投稿已收到（编号 ${submission.id}），审核通过后将发放奖励。凭编号和联系方式可查询进度或要求删除。`,
      en: `Submission ${submission.id} received. The reward follows approval; use its number and your contact to check on it or have it deleted.`,
    }
    return {
      id: submission.id,
      status: submission.status,
      duplicate: duplicates.length > 0,
      maskedPersonalData: masked.masked,
      message: message[languageOf(req.i18n)],
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
