import type { Vocabulary } from './options'

import { KOL_PLATFORMS } from './kols'

/** Where a shopper posted the 晒单 or review first: the content platforms, the shops, or the brand's own pages. */
export const UGC_SOURCES = [
  ...KOL_PLATFORMS,
  { value: 'taobao', label: { zh: '淘宝/天猫', en: 'Taobao/Tmall' } },
  { value: 'jd', label: { zh: '京东', en: 'JD.com' } },
  { value: 'pinduoduo', label: { zh: '拼多多', en: 'Pinduoduo' } },
  { value: 'brand-site', label: { zh: '品牌官网/小程序', en: 'Brand site or mini-program' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const satisfies Vocabulary<string>

export type UgcSource = (typeof UGC_SOURCES)[number]['value']
