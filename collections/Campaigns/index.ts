import type { CollectionConfig, DocumentViewConfig, Field } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { canManageKols } from '../../src/access/canManageKols'
import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { CAMPAIGN_VIEWS, type CampaignView } from '../../src/campaigns/views'
import { SCORE_COMPONENT_LABELS, SCORE_COMPONENTS } from '../../src/scoring'
import { VERTICALS } from '../../src/taxonomy/audience'
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, CONTENT_STYLES, KOL_PLATFORMS, LINEUP_ROLES, type CampaignType } from '../../src/taxonomy/kols'
import { selectOptions } from '../../src/taxonomy/options'
import { deriveBudget } from './hooks/deriveBudget'

const forType = (type: CampaignType) => ({
  condition: (_: unknown, siblingData: { type?: string }) => siblingData?.type === type,
})

/**
 * A KOL managers' view of a campaign as a document tab, after Payload's own edit tab. The tab is
 * shown to KOL managers and admins only; the view itself refuses anyone else who types its address.
 */
const campaignView = (view: CampaignView, component: string, order: number): DocumentViewConfig => ({
  Component: component,
  path: CAMPAIGN_VIEWS[view].path,
  tab: { Component: '/src/admin/CampaignShared/CampaignTab#CampaignTab', condition: ({ req }) => canManageKols({ req }), order },
})

const kpi = (name: string, zh: string, en: string): Field => ({ name, type: 'number', min: 0, label: { zh, en }, admin: { width: '33%' } })

/** A campaign (SPEC §5): who it is for, where it runs, what it may spend and how KOLs are ranked for it. */
export const Campaigns: CollectionConfig<'campaigns'> = {
  slug: 'campaigns',
  labels: { singular: { zh: '营销活动', en: 'Campaign' }, plural: { zh: '营销活动', en: 'Campaigns' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'brand', 'type', 'status', 'startDate'],
    group: { zh: '达人合作', en: 'KOL collaboration' },
    components: {
      views: {
        edit: {
          ranking: campaignView('ranking', '/src/admin/CampaignRanking#CampaignRankingView', 110),
          pipeline: campaignView('pipeline', '/src/admin/CampaignPipeline#CampaignPipelineView', 120),
          report: campaignView('report', '/src/admin/CampaignReport#CampaignReportView', 130),
        },
      },
    },
  },
  access: { read: authenticated, create: canManageKols, update: canManageKols, delete: isAdmin },
  hooks: { beforeChange: [deriveBudget] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '活动名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'brand', type: 'relationship', relationTo: 'brands', required: true, index: true, label: { zh: '品牌', en: 'Brand' } },
        { name: 'type', type: 'select', required: true, options: selectOptions(CAMPAIGN_TYPES), label: { zh: '活动类型', en: 'Type' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'planning', options: selectOptions(CAMPAIGN_STATUSES), label: { zh: '状态', en: 'Status' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { zh: '开始日期', en: 'Starts' } },
        {
          name: 'endDate',
          type: 'date',
          label: { zh: '结束日期', en: 'Ends' },
          validate: (value: Date | string | null | undefined, { siblingData }: { siblingData: { startDate?: Date | string | null } }) =>
            !value || !siblingData.startDate || new Date(value) >= new Date(siblingData.startDate)
              ? true
              : '结束日期不能早于开始日期 / The end date cannot be before the start date',
        },
      ],
    },
    { name: 'persona', type: 'relationship', relationTo: 'personas', label: { zh: '目标人群', en: 'Persona' } },
    { name: 'platforms', type: 'select', hasMany: true, required: true, options: selectOptions(KOL_PLATFORMS), label: { zh: '投放平台', en: 'Platforms' } },
    {
      type: 'row',
      fields: [
        { name: 'verticals', type: 'select', hasMany: true, options: selectOptions(VERTICALS), label: { zh: '垂类', en: 'Verticals' } },
        { name: 'styles', type: 'select', hasMany: true, options: selectOptions(CONTENT_STYLES), label: { zh: '内容风格', en: 'Content styles' } },
      ],
    },
    { name: 'products', type: 'relationship', relationTo: 'products', hasMany: true, label: { zh: '推广商品', en: 'Products' } },
    {
      name: 'coBranding',
      type: 'group',
      label: { zh: '联名信息', en: 'Co-branding' },
      admin: forType('co_branded'),
      fields: [
        { name: 'partner', type: 'text', label: { zh: '联名方', en: 'Partner' } },
        { name: 'coBrandedProducts', type: 'relationship', relationTo: 'products', hasMany: true, label: { zh: '联名款商品', en: 'Co-branded products' } },
      ],
    },
    {
      name: 'liveStream',
      type: 'group',
      label: { zh: '直播安排', en: 'Live stream' },
      admin: forType('live_stream'),
      fields: [
        {
          name: 'sessions',
          type: 'array',
          label: { zh: '直播场次', en: 'Sessions' },
          labels: { singular: { zh: '场次', en: 'Session' }, plural: { zh: '场次', en: 'Sessions' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'startsAt', type: 'date', required: true, label: { zh: '开播时间', en: 'Starts at' }, admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } } },
                { name: 'durationMinutes', type: 'number', min: 1, label: { zh: '时长（分钟）', en: 'Minutes' } },
                { name: 'platform', type: 'select', options: selectOptions(KOL_PLATFORMS), label: { zh: '平台', en: 'Platform' } },
                { name: 'host', type: 'relationship', relationTo: 'kols', label: { zh: '主播', en: 'Host' } },
              ],
            },
          ],
        },
        {
          name: 'lineup',
          type: 'array',
          label: { zh: '货盘', en: 'Product lineup' },
          labels: { singular: { zh: '商品', en: 'Product' }, plural: { zh: '货盘', en: 'Lineup' } },
          admin: { description: { zh: '建议 1–2 个福利品、3–5 个引流品、约 10 个畅销品', en: 'Usually 1–2 giveaway deals, 3–5 traffic drivers and about 10 bestsellers' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'product', type: 'relationship', relationTo: 'products', required: true, label: { zh: '商品', en: 'Product' } },
                { name: 'role', type: 'select', required: true, options: selectOptions(LINEUP_ROLES), label: { zh: '角色', en: 'Role' } },
                { name: 'livePrice', type: 'number', min: 0, label: { zh: '直播价（元）', en: 'Live price (CNY)' } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'offlineEvent',
      type: 'group',
      label: { zh: '线下活动', en: 'Offline event' },
      admin: forType('offline_event'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', label: { zh: '城市', en: 'City' } },
            { name: 'venue', type: 'text', label: { zh: '场地', en: 'Venue' } },
            { name: 'capacity', type: 'number', min: 0, label: { zh: '人数', en: 'Capacity' } },
          ],
        },
      ],
    },
    {
      name: 'fission',
      type: 'group',
      label: { zh: '裂变玩法', en: 'Fission mechanics' },
      admin: forType('fission'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'mechanic',
              type: 'select',
              options: [
                { value: 'group-buy', label: { zh: '拼团', en: 'Group buy' } },
                { value: 'invite-reward', label: { zh: '邀请有礼', en: 'Invite rewards' } },
              ],
              label: { zh: '玩法', en: 'Mechanic' },
            },
            { name: 'groupSize', type: 'number', min: 2, label: { zh: '成团人数', en: 'Group size' } },
            { name: 'reward', type: 'text', label: { zh: '奖励', en: 'Reward' } },
          ],
        },
      ],
    },
    {
      name: 'budget',
      type: 'group',
      label: { zh: '预算（元）', en: 'Budget (CNY)' },
      access: { read: canManageKols, create: canManageKols, update: canManageKols },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'total', type: 'number', min: 0, label: { zh: '总预算', en: 'Total' } },
            {
              name: 'committed',
              type: 'number',
              label: { zh: '已签约', en: 'Committed' },
              access: { create: nobody, update: nobody },
              admin: { readOnly: true, description: { zh: '已签约及之后阶段合作的费用合计', en: 'Fees of collaborations contracted or later' } },
            },
            {
              name: 'remaining',
              type: 'number',
              label: { zh: '剩余', en: 'Remaining' },
              access: { create: nobody, update: nobody },
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      name: 'kpis',
      type: 'group',
      label: { zh: 'KPI 目标', en: 'KPIs' },
      fields: [
        {
          type: 'row',
          fields: [kpi('reach', '曝光', 'Reach'), kpi('engagements', '互动', 'Engagements'), kpi('targetCpe', '目标 CPE（元）', 'Target CPE (CNY)')],
        },
        {
          type: 'row',
          fields: [kpi('gmv', 'GMV（元）', 'GMV (CNY)'), kpi('privateDomainFollowers', '私域新增', 'New private-domain followers'), kpi('ugcCount', 'UGC 数', 'UGC count')],
        },
      ],
    },
    {
      name: 'scoring',
      type: 'group',
      label: { zh: '达人匹配设置', en: 'KOL fit settings' },
      access: { read: canManageKols },
      admin: {
        description: {
          zh: '留空的权重按活动类型的默认值计算',
          en: 'Blank weights take the defaults of the campaign type',
        },
      },
      fields: [
        {
          name: 'weights',
          type: 'group',
          label: { zh: '权重', en: 'Weights' },
          fields: [
            {
              type: 'row',
              fields: SCORE_COMPONENTS.map(
                (component): Field => ({
                  name: component,
                  type: 'number',
                  min: 0,
                  max: 1,
                  label: SCORE_COMPONENT_LABELS[component],
                  admin: { step: 0.05, width: '16%' },
                }),
              ),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'weightedCpe', type: 'checkbox', label: { zh: '加权 CPE（赞 1 / 评 3 / 藏转 5）', en: 'Weighted CPE (like 1, comment 3, save/share 5)' } },
            { name: 'sizeDamping', type: 'checkbox', label: { zh: '抑制头部达人优势', en: 'Damp very large accounts' } },
            { name: 'fakeFollowerLimit', type: 'number', min: 0, max: 1, label: { zh: '水粉率上限', en: 'Fake-follower limit' }, admin: { step: 0.01, placeholder: '0.25' } },
          ],
        },
      ],
    },
  ],
}
