import type { Localized } from '../i18n/localized'

/** The KOL managers' tabs of a campaign: where each lives under the campaign's URL and its name. */
export const CAMPAIGN_VIEWS = {
  ranking: { path: '/ranking', label: { zh: '达人匹配', en: 'KOL fit' } },
  pipeline: { path: '/pipeline', label: { zh: '合作看板', en: 'Pipeline' } },
  report: { path: '/report', label: { zh: '活动报告', en: 'Report' } },
} as const satisfies Record<string, { path: `/${string}`; label: Localized }>

export type CampaignView = keyof typeof CAMPAIGN_VIEWS
