import type { Localized } from '../../i18n/localized'

export type Language = keyof Localized

export const TEXT = {
  heading: { zh: '内容日历', en: 'Content calendar' },
  beijingTime: { zh: '所有时间均为北京时间', en: 'All times are Beijing time' },
  month: { zh: '月', en: 'Month' },
  week: { zh: '周', en: 'Week' },
  view: { zh: '视图', en: 'View' },
  previousMonth: { zh: '上一月', en: 'Previous month' },
  nextMonth: { zh: '下一月', en: 'Next month' },
  previousWeek: { zh: '上一周', en: 'Previous week' },
  nextWeek: { zh: '下一周', en: 'Next week' },
  today: { zh: '今天', en: 'Today' },
  brand: { zh: '品牌', en: 'Brand' },
  allBrands: { zh: '全部品牌', en: 'All brands' },
  channel: { zh: '渠道', en: 'Channel' },
  allChannels: { zh: '全部渠道', en: 'All channels' },
  loading: { zh: '加载中…', en: 'Loading…' },
  loadFailed: { zh: '日历加载失败，请稍后再试。', en: 'The calendar could not be loaded; try again later.' },
  truncated: {
    zh: '内容过多，只显示了一部分；请按品牌或渠道筛选。',
    en: 'There is more than can be shown at once; filter by brand or channel.',
  },
  time: { zh: '时间', en: 'Time' },
  published: { zh: '已发布', en: 'Published' },
  reschedule: { zh: '改期…', en: 'Reschedule…' },
  schedule: { zh: '排期…', en: 'Schedule…' },
  tray: { zh: '待排期（已通过）', en: 'Waiting to be scheduled (approved)' },
  trayHint: {
    zh: '拖到日历上的某一天即按该渠道当天的建议时间排期，或点「排期…」选择时间。',
    en: 'Drag onto a day to schedule at that channel’s suggested time, or use “Schedule…” to pick a time.',
  },
  trayEmpty: { zh: '没有待排期的内容', en: 'Nothing waiting to be scheduled' },
  dragHint: {
    zh: '拖动已排期的内容到另一天可改期（保留原时刻；周视图可拖到具体小时），也可点「改期…」。',
    en: 'Drag a scheduled post to another day to move it (same time of day; in week view, to an hour), or use “Reschedule…”.',
  },
  suggested: { zh: '建议发布时段', en: 'Suggested posting times' },
  brandSetting: { zh: '品牌设置', en: 'brand setting' },
  suggestedHour: { zh: '建议时段', en: 'suggested' },
  dialogSchedule: { zh: '排期', en: 'Schedule' },
  dialogReschedule: { zh: '改期', en: 'Reschedule' },
  publishAt: { zh: '发布时间（北京时间）', en: 'Publish at (Beijing time)' },
  confirm: { zh: '确定', en: 'Confirm' },
  cancel: { zh: '取消', en: 'Cancel' },
  working: { zh: '处理中…', en: 'Working…' },
  invalidTime: { zh: '请选择完整的日期和时间。', en: 'Choose a full date and time.' },
  failed: { zh: '请求失败，请稍后再试。', en: 'The request failed; try again later.' },
} satisfies Record<string, Localized>

/** Punctuation differs between the languages: full-width in Chinese. */
export const PUNCTUATION = {
  colon: { zh: '：', en: ': ' },
  list: { zh: '、', en: ', ' },
  open: { zh: '（', en: ' (' },
  close: { zh: '）', en: ')' },
} satisfies Record<string, Localized>

const locale = (lang: Language) => (lang === 'zh' ? 'zh-CN' : 'en-GB')

/** A calendar day (YYYY-MM-DD) written for people; the day is already Beijing's, so it is formatted as UTC. */
export const formatDay = (day: string, lang: Language, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
