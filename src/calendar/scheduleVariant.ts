import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction, Locked, ValidationError } from 'payload'

import type { Localized } from '../i18n/localized'
import type { ContentAsset } from '../payload-types'
import type { CalendarAsset, CalendarVariant } from './entries'
import type { CalendarWarning } from './readCalendar'
import type { ScheduleInput } from './requests'

import { ROLE_LABELS } from '../auth/roles'
import { CodedApiError, refuse } from '../graphql/errorCodes'
import { languageOf } from '../i18n/localized'
import { STATUS_LABELS, TRANSITIONS } from '../workflow'
import { findTransition, mayMake } from '../workflow/transitionTable'
import { chinaDayOf, formatChinaTime, instantOf } from './chinaTime'
import { calendarVariants } from './entries'
import { readCalendarEntries } from './readCalendar'

export type ScheduleResult = {
  /** The variant as the calendar now shows it. */
  variant: CalendarVariant
  /** The daily-limit warnings of its channel on its new day, for its brand (warnings only: the move is made). */
  warnings: CalendarWarning[]
  message: string
}

type Variant = NonNullable<ContentAsset['variants']>[number]

/**
 * The workflow's refusal of the save, as one answer: the field of the variant at fault and every
 * reason given for it, in the user's language (the save hook has already chosen it).
 */
function refusalOf(error: ValidationError, index: number): CodedApiError {
  const prefix = `variants.${index}.`
  const own = error.data.errors.filter((issue) => issue.path.startsWith(prefix))
  const issues = own.length > 0 ? own : error.data.errors
  return new CodedApiError('BAD_USER_INPUT', issues.map((issue) => issue.message).join(' '), 400, issues[0]?.path)
}

/**
 * Saves the variants as the request's user, through the content hooks; the workflow's refusal names
 * the variant's field. Someone else's lock on the document is respected: taking it over would let
 * their open form save its stale schedule back over this one.
 */
async function saveAsUser(req: PayloadRequest, assetId: string, variants: Variant[], index: number): Promise<ContentAsset> {
  try {
    return await req.payload.update({
      collection: 'content-assets',
      id: assetId,
      data: { variants },
      depth: 0,
      overrideAccess: false,
      overrideLock: false,
      user: req.user,
      req,
    })
  } catch (error) {
    if (error instanceof ValidationError) throw refusalOf(error, index)
    if (error instanceof Locked) {
      refuse(req, 'INVALID_STATE', 423, { zh: '该内容正在被他人编辑，请稍后再排期', en: 'Someone else is editing this content; schedule it later' }, 'id')
    }
    throw error
  }
}

/** Scheduling is the workflow's approved → scheduled move (moving a scheduled post is the same decision). */
const SCHEDULING = findTransition(TRANSITIONS, 'approved', 'scheduled')!

/**
 * Whether the asset has a draft saved after its current version (an editor's 「保存草稿」): saving
 * the schedule without `draft` would publish the main document over it, and the draft would be lost.
 */
async function hasNewerDraft(req: PayloadRequest, asset: ContentAsset): Promise<boolean> {
  const { docs } = await req.payload.findVersions({
    collection: 'content-assets',
    where: { and: [{ parent: { equals: asset.id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const latest = docs[0]?.version
  return latest?._status === 'draft' && new Date(latest.updatedAt).getTime() > new Date(asset.updatedAt).getTime()
}

/** The answer to a move: the variant as the calendar now shows it and its day's warnings. */
async function answer(req: PayloadRequest, saved: ContentAsset, variantId: string, scheduledAt: Date, message: Localized): Promise<ScheduleResult> {
  const [entry] = calendarVariants([saved as unknown as CalendarAsset]).filter((candidate) => candidate.variantId === variantId)
  const day = chinaDayOf(scheduledAt)
  const { warnings } = await readCalendarEntries(req, { from: day, to: day, brand: entry!.brandId, channel: entry!.channel })
  return { variant: entry!, warnings, message: message[languageOf(req.i18n)] }
}

/**
 * Schedules an approved variant, or moves a scheduled one, to `scheduledAt` (the calendar's drag
 * and its "改期…" dialog). Only that variant changes, and it is saved as the user through the
 * content hooks: the workflow decides whether this user may do it now (reviewers and admins, to a
 * time ahead), the audit log records it and webhooks are told, all in one transaction. A refusal
 * changes nothing and names the field and the reason.
 */
export async function scheduleVariant(req: PayloadRequest, assetId: string, { variantId, scheduledAt }: ScheduleInput): Promise<ScheduleResult> {
  if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Sign in first' })
  if (!mayMake({ roles: req.user!.roles ?? [] }, SCHEDULING)) {
    const roles = SCHEDULING.by.flatMap((role) => (role === 'system' ? [] : [ROLE_LABELS[role]]))
    refuse(req, 'FORBIDDEN', 403, {
      zh: `只有${roles.map((role) => role.zh).join('和')}可以排期内容`,
      en: `Only ${roles.map((role) => role.en.toLowerCase()).join(' and ')}s schedule content`,
    })
  }

  const read = () =>
    req.payload.findByID({ collection: 'content-assets', id: assetId, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  const current = await read()
  if (!current) refuse(req, 'NOT_FOUND', 404, { zh: `找不到内容 ${assetId}`, en: `No content asset ${assetId}` }, 'id')
  const when = formatChinaTime(scheduledAt)
  const planned = current!.variants?.find((variant) => variant.id === variantId)
  // The same time again changes nothing: nothing for the workflow to decide, nothing to write.
  if (planned?.status === 'scheduled' && instantOf(planned.scheduledAt) === scheduledAt.getTime()) {
    return answer(req, current!, variantId, scheduledAt, { zh: `发布时间未变：${when}（北京时间）`, en: `The time stays ${when} (Beijing time)` })
  }

  const shouldCommit = await initTransaction(req)
  try {
    // A write first: on PostgreSQL it takes the asset's row lock, so two moves of variants of one
    // asset at once are made one after the other, each on the other's result.
    await req.payload.db.updateOne({ collection: 'content-assets', id: assetId, data: { updatedAt: new Date().toISOString() }, req })
    const asset = (await read())!
    if (await hasNewerDraft(req, current!)) {
      refuse(
        req,
        'INVALID_STATE',
        409,
        { zh: '有未发布的草稿修改，请先在编辑页处理', en: 'The content has unpublished draft changes; deal with them on its edit page first' },
        'id',
      )
    }
    const index = (asset.variants ?? []).findIndex((variant) => variant.id === variantId)
    const variant = asset.variants?.[index]
    if (!variant) refuse(req, 'VARIANT_NOT_FOUND', 404, { zh: `该内容没有平台版本 ${variantId}`, en: `The asset has no variant ${variantId}` }, 'variantId')
    if (variant!.status !== 'approved' && variant!.status !== 'scheduled') {
      const label = STATUS_LABELS[variant!.status]
      refuse(
        req,
        'INVALID_STATE',
        409,
        {
          zh: `「${label.zh}」的版本不能排期，只有已通过或已排期的版本可以`,
          en: `A variant that is “${label.en}” cannot be scheduled; only approved or scheduled ones can`,
        },
        'variantId',
      )
    }

    const moved = (candidate: Variant): Variant =>
      candidate.id === variantId ? { ...candidate, status: 'scheduled', scheduledAt: scheduledAt.toISOString() } : candidate
    const saved = await saveAsUser(req, assetId, (asset.variants ?? []).map(moved), index)
    const result = await answer(
      req,
      saved,
      variantId,
      scheduledAt,
      variant!.status === 'scheduled'
        ? { zh: `已改期到 ${when}（北京时间）`, en: `Moved to ${when} (Beijing time)` }
        : { zh: `已排期到 ${when}（北京时间）`, en: `Scheduled for ${when} (Beijing time)` },
    )
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
