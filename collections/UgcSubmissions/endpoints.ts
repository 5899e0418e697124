import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { canModerateUgc } from '../../src/access/canModerateUgc'
import { refuse } from '../../src/graphql/errorCodes'
import { languageOf } from '../../src/i18n/localized'
import { eraseAuthorData } from '../../src/ugc/erasure'
import { LICENCE_SCOPES, type LicenceScope } from '../../src/ugc/licence'
import { reuseAsContentAsset } from '../../src/ugc/reuse'

const isLicenceScope = (value: unknown): value is LicenceScope => LICENCE_SCOPES.some((scope) => scope.value === value)

/** POST /api/ugc-submissions/:id/reuse `{ use }`: the admin's "turn into content asset". */
const reuse: Endpoint = {
  path: '/:id/reuse',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const use = req.data?.use
    if (!isLicenceScope(use)) {
      refuse(req, 'BAD_USER_INPUT', 400, { zh: 'use 须为 brand-channels 或 paid-ads', en: 'use must be brand-channels or paid-ads' }, 'use')
    }
    const asset = await reuseAsContentAsset(req, String(req.routeParams?.id), use as LicenceScope)
    const message = { zh: `已创建草稿内容「${asset.title}」`, en: `Draft content asset “${asset.title}” created` }
    return Response.json({ doc: asset, message: message[languageOf(req.i18n)] }, { status: 201 })
  },
}

/** POST /api/ugc-submissions/:id/erase: a deletion request the author made to staff (phone, email, in person). */
const erase: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    if (!canModerateUgc({ req }))
      refuse(req, 'FORBIDDEN', 403, { zh: '只有管理员和达人经理可以处理删除请求', en: 'Only administrators and KOL managers handle deletion requests' })
    const submission = await req.payload.findByID({
      collection: 'ugc-submissions',
      id: String(req.routeParams?.id),
      select: { author: true, erasedAt: true },
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!submission) refuse(req, 'NOT_FOUND', 404, { zh: '找不到该投稿', en: 'No such submission' })
    const contactKey = submission!.author?.contactKey
    if (!contactKey) refuse(req, 'INVALID_STATE', 409, { zh: '该投稿的个人信息已删除', en: 'This submission was already erased' })
    const erased = await eraseAuthorData(req, contactKey!, 'staff')
    const message = { zh: `已删除该作者 ${erased} 条投稿的个人信息和素材`, en: `Personal data and media of ${erased} submissions by this author erased` }
    return Response.json({ erased, message: message[languageOf(req.i18n)] })
  },
}

export const ugcSubmissionEndpoints: Endpoint[] = [reuse, erase]
