import { z } from 'zod'

import type { Localized } from '../i18n/localized'

import { UGC_SOURCES } from '../taxonomy/ugcSources'
import { CONSENT_TEXTS } from './consent'
import { MAX_UGC_IMAGES } from './intake/limits'
import { LICENCE_SCOPES, MAX_LICENCE_MONTHS } from './licence'

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const WECHAT_ID = /^[a-zA-Z][a-zA-Z0-9_-]{5,19}$/

/**
 * The form of a contact that finds the same person however it was typed: spaces, dashes and a
 * +86 prefix dropped from phone numbers, email addresses in lower case. WeChat IDs are
 * case-sensitive and kept as they are.
 */
export function normalizeContact(contact: string): string {
  const trimmed = contact.trim()
  const digits = trimmed.replace(/[\s-]/g, '')
  if (MOBILE.test(digits)) return digits.replace(/^\+?86/, '')
  if (EMAIL.test(trimmed)) return trimmed.toLowerCase()
  return trimmed
}

export const isContact = (contact: string): boolean => {
  const normalized = normalizeContact(contact)
  return MOBILE.test(normalized) || EMAIL.test(normalized) || WECHAT_ID.test(normalized)
}

const scopeValues = LICENCE_SCOPES.map(({ value }) => value) as [string, ...string[]]
const sourceValues = UGC_SOURCES.map(({ value }) => value) as [string, ...string[]]

export const ugcSubmissionInput = z.object({
  product: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)),
  text: z.string().trim().min(1).max(2000),
  // The same upload named twice is attached once.
  media: z
    .array(z.string())
    .max(MAX_UGC_IMAGES)
    .default([])
    .transform((tokens) => [...new Set(tokens)]),
  source: z.enum(sourceValues),
  sourceUrl: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
    .nullish(),
  nickname: z.string().trim().min(1).max(40),
  contact: z.string().trim().max(100).refine(isContact),
  licence: z.object({
    accepted: z.literal(true),
    consentVersion: z.string().refine((version) => Object.hasOwn(CONSENT_TEXTS, version)),
    scopes: z.array(z.enum(scopeValues)).min(1),
    termMonths: z.number().int().min(1).max(MAX_LICENCE_MONTHS),
  }),
})

export type UgcSubmissionInput = z.infer<typeof ugcSubmissionInput>

/** What to tell the shopper for each field of the form, by the input's field path. */
export const INPUT_MESSAGES: Record<string, Localized> = {
  product: { zh: '请选择商品', en: 'Choose the product' },
  text: { zh: '内容不能为空，最多 2000 字', en: 'The text must not be empty (2,000 characters at most)' },
  media: { zh: `最多上传 ${MAX_UGC_IMAGES} 张图片或 1 个视频`, en: `Up to ${MAX_UGC_IMAGES} images or one video` },
  source: { zh: '请选择来源平台', en: 'Choose where it was posted' },
  sourceUrl: { zh: '原帖链接须为 http(s) 链接', en: 'The source URL must be an http(s) link' },
  nickname: { zh: '请填写昵称（最多 40 字）', en: 'Give a nickname (40 characters at most)' },
  contact: { zh: '联系方式须为手机号、邮箱或微信号', en: 'The contact must be a mobile number, an email address or a WeChat ID' },
  licence: { zh: '须同意授权条款才能投稿', en: 'The licence must be agreed to before submitting' },
  'licence.accepted': { zh: '须勾选同意授权条款', en: 'Tick the box to agree to the licence' },
  'licence.consentVersion': { zh: '授权条款版本无效，请刷新页面后重试', en: 'Unknown licence text version: reload the page and try again' },
  'licence.scopes': { zh: '请至少选择一项授权范围', en: 'Choose at least one licence scope' },
  'licence.termMonths': { zh: `授权期限须为 1–${MAX_LICENCE_MONTHS} 个月`, en: `The licence term must be 1–${MAX_LICENCE_MONTHS} months` },
}

/** The first problem of an input, as the field path and message to show; null when it is valid. */
export function inputProblem(input: unknown): { field: string; message: Localized } | null {
  const parsed = ugcSubmissionInput.safeParse(input)
  if (parsed.success) return null
  const path = parsed.error.issues[0]!.path.map(String)
  const field = INPUT_MESSAGES[path.slice(0, 2).join('.')] ? path.slice(0, 2).join('.') : path[0]!
  return { field, message: INPUT_MESSAGES[field] ?? INPUT_MESSAGES.licence! }
}
