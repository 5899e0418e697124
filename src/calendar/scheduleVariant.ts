import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import type { Localized } from '../i18n/localized'
import type { ContentAsset } from '../payload-types'
import type { CalendarAsset, CalendarVariant } from './entries'
import type { CalendarWarning } from './readCalendar'
import type { ScheduleInput } from './requests'

import { canWorkOnContent } from '../access/canWorkOnContent'
import { CodedApiError, refuse } from '../graphql/errorCodes'
import { languageOf } from '../i18n/localized'
import { STATUS_LABELS } from '../workflow'
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

/** Saves the variants as the request's user, through the content hooks; the workflow's refusal names the variant's field. */
async function saveAsUser(req: PayloadRequest, assetId: string, variants: Variant[], index: number): Promise<ContentAsset> {
  try {
    return await req.payload.update({ collection: 'content-assets', id: assetId, data: { variants }, depth: 0, overrideAccess: false, user: req.user, req })
  } catch (error) {
    if (error instanceof ValidationError) throw refusalOf(error, index)
    throw error
  }
}

/**
 * Schedules an approved variant, or moves a scheduled one, to `scheduledAt` (the calendar's drag
 * and its "改期…" dialog). Only that variant changes, and it is saved as the user through the
 * content hooks: the workflow decides whether this user may do it now (reviewers and admins, to a
 * time ahead), the audit log records it and webhooks are told, all in one transaction. A refusal
 * changes nothing and names the field and the reason.
 */
export async function scheduleVariant(req: PayloadRequest, assetId: string, { variantId, scheduledAt }: ScheduleInput): Promise<ScheduleResult> {
  const language = languageOf(req.i18n)
  if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Sign in first' })
  if (!canWorkOnContent({ req })) {
    refuse(req, 'FORBIDDEN', 403, { zh: '只有审核员和管理员可以排期内容', en: 'Only reviewers and administrators schedule content' })
  }

  const shouldCommit = await initTransaction(req)
  try {
    const read = () =>
      req.payload.findByID({ collection: 'content-assets', id: assetId, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    if (!(await read())) refuse(req, 'NOT_FOUND', 404, { zh: `找不到内容 ${assetId}`, en: `No content asset ${assetId}` }, 'id')
    // A write first: on PostgreSQL it takes the asset's row lock, so two moves of variants of one
    // asset at once are made one after the other, each on the other's result.
    await req.payload.db.updateOne({ collection: 'content-assets', id: assetId, data: { updatedAt: new Date().toISOString() }, req })
    const asset = (await read())!
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

    const wasScheduled = variant!.status === 'scheduled'
    const unchanged = wasScheduled && instantOf(variant!.scheduledAt) === scheduledAt.getTime()
    const moved = (candidate: Variant): Variant =>
      candidate.id === variantId ? { ...candidate, status: 'scheduled', scheduledAt: scheduledAt.toISOString() } : candidate
    // The same time again changes nothing, so there is nothing for the workflow to decide.
    const saved = unchanged ? asset : await saveAsUser(req, assetId, (asset.variants ?? []).map(moved), index)

    const [entry] = calendarVariants([saved as unknown as CalendarAsset]).filter((candidate) => candidate.variantId === variantId)
    const day = chinaDayOf(scheduledAt)
    const { warnings } = await readCalendarEntries(req, { from: day, to: day, brand: entry!.brandId, channel: entry!.channel })
    if (shouldCommit) await commitTransaction(req)

    const when = formatChinaTime(scheduledAt)
    const message: Localized = unchanged
      ? { zh: `发布时间未变：${when}（北京时间）`, en: `The time stays ${when} (Beijing time)` }
      : wasScheduled
        ? { zh: `已改期到 ${when}（北京时间）`, en: `Moved to ${when} (Beijing time)` }
        : { zh: `已排期到 ${when}（北京时间）`, en: `Scheduled for ${when} (Beijing time)` }
    return { variant: entry!, warnings, message: message[language] }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
