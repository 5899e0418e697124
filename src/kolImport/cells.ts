import { z } from 'zod'

import type { Localized } from '../i18n/localized'
import type { FormatId } from '../platforms'
import type { Vocabulary } from '../taxonomy/options'
import type { ColumnKind, KolColumn } from './columns'

import { FORMAT_IDS, FORMAT_RULES } from '../platforms'

export type Rate = { format: FormatId; price: number }
export type CellValue = string | number | readonly string[] | readonly Rate[]

/** A zod issue that carries its reason in both admin languages (`params.reason`). */
type ReasonIssueParams = { reason: Localized }

/** Multi-valued cells: `|` as the export writes, or 、 as people type in Chinese. */
const LIST_SEPARATOR = /[|、]/
/** Rate card entries: `小红书图文笔记:6000|小红书视频笔记:9600` (full-width colon and `=` accepted). */
const RATE_PAIR = /^(.+?)\s*[:=]\s*(.+)$/
/** Spreadsheets run a cell that starts with one of these as a formula; the export defuses them with `'`. */
const FORMULA_START = /^[=+\-@\t\r]/

/** Full-width digits and punctuation as half-width, for matching what people type in Chinese. */
const halfWidth = (value: string) => value.normalize('NFKC')

/** What two spellings of one name have in common: case, spaces, dashes and underscores aside. */
export const normalizeToken = (value: string) =>
  halfWidth(value)
    .toLowerCase()
    .replace(/[\s_\-–—~·.]/g, '')

const splitList = (value: string) =>
  halfWidth(value)
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean)

/** Undoes the export's formula guard: `'=SUM` was `=SUM`. */
export const unguardFormula = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value)

/** Keeps a text cell from being run as a formula when the file is opened in a spreadsheet (OWASP CSV injection). */
export const guardFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value)

const UNITS: Record<string, number> = { 万: 10_000, w: 10_000, 亿: 100_000_000, k: 1_000 }

/** A number as people write it in KOL sheets: `12,345`, `1.2万`, `3w`, `1e5`. Null when it is none. */
export function readNumber(text: string): number | null {
  const compact = halfWidth(text).replace(/[,\s]/g, '').toLowerCase()
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(万|w|亿|k)?$/.exec(compact)
  if (!match) return null
  const value = Number(match[1]) * (match[2] ? UNITS[match[2]]! : 1)
  // 1.2万 is 12000 exactly, not 12000.000000000002.
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : null
}

const REASONS = {
  notNumber: (text: string): Localized => ({ zh: `「${text}」不是有效的数字`, en: `“${text}” is not a number` }),
  negative: { zh: '不能为负数', en: 'must not be negative' },
  notInteger: { zh: '须为整数', en: 'must be a whole number' },
  shareRange: { zh: '须在 0–1 之间（也可写成 0%–100%）', en: 'must be between 0 and 1 (or 0%–100%)' },
  shareAsPercent: (text: string): Localized => ({
    zh: `「${text}」超出 0–1；百分比请带 %，如 35%`,
    en: `“${text}” is outside 0–1; write percentages with %, e.g. 35%`,
  }),
  tooLong: (max: number, length: number): Localized => ({ zh: `超过 ${max} 个字符（当前 ${length} 个）`, en: `longer than ${max} characters (${length})` }),
  lineBreak: { zh: '不能包含换行', en: 'must be on one line' },
  email: { zh: '不是有效的邮箱地址', en: 'is not an email address' },
  url: { zh: '须为以 http:// 或 https:// 开头的链接', en: 'must be a link starting with http:// or https://' },
  phone: { zh: '不是有效的电话号码（数字、+、-、空格、括号）', en: 'is not a phone number (digits, +, -, spaces, brackets)' },
  id: { zh: '达人ID 须为数字或系统导出的 ID', en: 'kolId must be an ID as the export writes it' },
  unknownChoice: (text: string, vocabulary: Vocabulary<string>): Localized => ({
    zh: `无法识别「${text}」，可选：${vocabulary.map((entry) => entry.label.zh).join('、')}`,
    en: `unknown value “${text}”; one of: ${vocabulary.map((entry) => entry.label.en).join(', ')}`,
  }),
  repeatedChoice: (text: string): Localized => ({ zh: `「${text}」重复`, en: `“${text}” is listed twice` }),
  tooManyItems: (max: number): Localized => ({ zh: `最多 ${max} 项`, en: `at most ${max} entries` }),
  ratePair: (text: string): Localized => ({
    zh: `无法识别报价「${text}」，格式为「内容形式:价格」，多项用 | 分隔，如「小红书图文笔记:6000|小红书视频笔记:9600」`,
    en: `cannot read the rate “${text}”; write “format:price”, several separated by |, e.g. “Xiaohongshu image note:6000”`,
  }),
  unknownFormat: (text: string): Localized => ({
    zh: `无法识别内容形式「${text}」，可选：${FORMAT_IDS.map((id) => FORMAT_RULES[id].label.zh).join('、')}`,
    en: `unknown format “${text}”; one of: ${FORMAT_IDS.map((id) => FORMAT_RULES[id].label.en).join(', ')}`,
  }),
  ratePrice: (text: string): Localized => ({ zh: `报价「${text}」的价格须为不小于 0 的数字`, en: `the price in “${text}” must be a number ≥ 0` }),
  repeatedFormat: (label: string): Localized => ({ zh: `「${label}」报了两次价`, en: `“${label}” is priced twice` }),
} as const

/** Adds an issue with its bilingual reason and ends the transform. */
function refuse(ctx: z.RefinementCtx, input: string, reason: Localized): never {
  ctx.addIssue({ code: 'custom', message: reason.en, input, params: { reason } satisfies ReasonIssueParams })
  return z.NEVER
}

const isEmail = (value: string) => z.email().safeParse(value).success
const isWebLink = (value: string) => z.url({ protocol: /^https?$/ }).safeParse(value).success

/** The vocabulary entry a typed value names: value slug, Chinese or English label, or an alias. */
function matchChoice(vocabulary: Vocabulary<string>, aliases: Readonly<Record<string, readonly string[]>>, text: string): string | null {
  const token = normalizeToken(text)
  const entry = vocabulary.find((candidate) =>
    [candidate.value, candidate.label.zh, candidate.label.en, ...(aliases[candidate.value] ?? [])].some((name) => normalizeToken(name) === token),
  )
  return entry?.value ?? null
}

const FORMAT_NAMES = new Map(
  FORMAT_IDS.flatMap((id) => [id, FORMAT_RULES[id].label.zh, FORMAT_RULES[id].label.en].map((name) => [normalizeToken(name), id] as const)),
)

function textSchema(maxLength: number, { multiline }: { multiline: boolean }) {
  return z.string().transform((raw, ctx) => {
    const value = unguardFormula(raw)
    const length = [...value].length
    if (length > maxLength) return refuse(ctx, raw, REASONS.tooLong(maxLength, length))
    if (!multiline && /[\r\n]/.test(value)) return refuse(ctx, raw, REASONS.lineBreak)
    return value
  })
}

function countSchema(integer: boolean) {
  return z.string().transform((raw, ctx) => {
    const value = readNumber(raw)
    if (value === null) return refuse(ctx, raw, REASONS.notNumber(raw))
    if (value < 0) return refuse(ctx, raw, REASONS.negative)
    if (integer && !Number.isInteger(value)) return refuse(ctx, raw, REASONS.notInteger)
    return value
  })
}

const shareSchema = z.string().transform((raw, ctx) => {
  const percent = /^(.*?)\s*%$/.exec(halfWidth(raw).trim())
  const number = readNumber(percent ? percent[1]! : raw)
  if (number === null) return refuse(ctx, raw, REASONS.notNumber(raw))
  const value = percent ? Number((number / 100).toPrecision(15)) : number
  if (value < 0 || (percent && value > 1)) return refuse(ctx, raw, REASONS.shareRange)
  if (value > 1) return refuse(ctx, raw, value <= 100 ? REASONS.shareAsPercent(raw) : REASONS.shareRange)
  return value
})

const ratesSchema = z.string().transform((raw, ctx) => {
  const rates: Rate[] = []
  for (const item of splitList(raw)) {
    const pair = RATE_PAIR.exec(item)
    if (!pair) return refuse(ctx, raw, REASONS.ratePair(item))
    const format = FORMAT_NAMES.get(normalizeToken(pair[1]!))
    if (!format) return refuse(ctx, raw, REASONS.unknownFormat(pair[1]!))
    const price = readNumber(pair[2]!)
    if (price === null || price < 0) return refuse(ctx, raw, REASONS.ratePrice(item))
    if (rates.some((rate) => rate.format === format)) return refuse(ctx, raw, REASONS.repeatedFormat(FORMAT_RULES[format].label.zh))
    rates.push({ format, price })
  }
  return rates
})

function schemaOf(kind: ColumnKind): z.ZodType<CellValue, string> {
  switch (kind.type) {
    case 'id':
      // A SQL database's row number or a MongoDB ObjectId, as the export writes them.
      return z.string().transform((raw, ctx) => (/^(\d{1,15}|[a-f\d]{24})$/i.test(raw) ? raw : refuse(ctx, raw, REASONS.id)))
    case 'text':
      return textSchema(kind.maxLength, { multiline: kind.maxLength > 100 })
    case 'email':
      return textSchema(kind.maxLength, { multiline: false }).transform((value, ctx) => (isEmail(value) ? value : refuse(ctx, value, REASONS.email)))
    case 'url':
      return textSchema(kind.maxLength, { multiline: false }).transform((value, ctx) => (isWebLink(value) ? value : refuse(ctx, value, REASONS.url)))
    case 'phone':
      return textSchema(kind.maxLength, { multiline: false }).transform((value, ctx) =>
        /^\+?[\d\s\-()]{5,}$/.test(halfWidth(value)) ? halfWidth(value) : refuse(ctx, value, REASONS.phone),
      )
    case 'choice':
      return z
        .string()
        .transform((raw, ctx) => matchChoice(kind.vocabulary, kind.aliases ?? {}, raw) ?? refuse(ctx, raw, REASONS.unknownChoice(raw, kind.vocabulary)))
    case 'choices':
      return z.string().transform((raw, ctx) => {
        const values: string[] = []
        for (const item of splitList(raw)) {
          const value = matchChoice(kind.vocabulary, {}, item)
          if (!value) return refuse(ctx, raw, REASONS.unknownChoice(item, kind.vocabulary))
          if (values.includes(value)) return refuse(ctx, raw, REASONS.repeatedChoice(item))
          values.push(value)
        }
        return values
      })
    case 'texts':
      return z.string().transform((raw, ctx) => {
        const items = splitList(unguardFormula(raw))
        if (items.length > kind.maxItems) return refuse(ctx, raw, REASONS.tooManyItems(kind.maxItems))
        const tooLong = items.find((item) => [...item].length > kind.maxLength)
        if (tooLong) return refuse(ctx, raw, REASONS.tooLong(kind.maxLength, [...tooLong].length))
        return items
      })
    case 'count':
      return countSchema(kind.integer)
    case 'share':
      return shareSchema
    case 'rates':
      return ratesSchema
  }
}

const schemas = new WeakMap<KolColumn, z.ZodType<CellValue, string>>()

/** The zod schema that reads one column's (trimmed, non-blank) cells. */
export function cellSchema(column: KolColumn): z.ZodType<CellValue, string> {
  let schema = schemas.get(column)
  if (!schema) {
    schema = schemaOf(column.kind)
    schemas.set(column, schema)
  }
  return schema
}

/** The bilingual reason of a zod issue raised by a cell schema. */
export const reasonOfIssue = (issue: { params?: unknown; message: string }): Localized =>
  (issue.params as ReasonIssueParams | undefined)?.reason ?? { zh: `无效的值：${issue.message}`, en: `invalid value: ${issue.message}` }

/** One cell read on its own (tests, and the reasons the row check reports). */
export function parseCell(column: KolColumn, text: string): { ok: true; value: CellValue } | { ok: false; reason: Localized } {
  const result = cellSchema(column).safeParse(text)
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: reasonOfIssue(result.error.issues[0]!) }
}

/** A value as the export writes it: Chinese labels, `|` between entries, fractions as decimals. */
export function formatCell(column: KolColumn, value: unknown): string {
  if (value === null || value === undefined) return ''
  const { kind } = column
  switch (kind.type) {
    case 'choice':
      return kind.vocabulary.find((entry) => entry.value === value)?.label.zh ?? String(value)
    case 'choices':
      return (value as string[]).map((item) => kind.vocabulary.find((entry) => entry.value === item)?.label.zh ?? item).join('|')
    case 'texts':
      return guardFormula((value as string[]).join('|'))
    case 'rates':
      return (value as { format: FormatId; price: number }[])
        .filter((rate) => FORMAT_RULES[rate.format] && typeof rate.price === 'number')
        .map((rate) => `${FORMAT_RULES[rate.format].label.zh}:${rate.price}`)
        .join('|')
    case 'count':
    case 'share':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
    default:
      return guardFormula(String(value))
  }
}
