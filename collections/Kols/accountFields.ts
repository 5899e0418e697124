import type { Field, NumberField } from 'payload'

import { canManageKols } from '../../src/access/canManageKols'
import { nobody } from '../../src/access/nobody'
import { normalizeHandle } from '../../src/kolImport/handle'
import { KOL_TIERS } from '../../src/metrics'
import { FORMAT_IDS, FORMAT_RULES } from '../../src/platforms'
import { KOL_PLATFORMS } from '../../src/taxonomy/kols'
import { selectOptions } from '../../src/taxonomy/options'

const share = (name: string, zh: string, en: string): NumberField => ({
  name,
  type: 'number',
  min: 0,
  max: 1,
  label: { zh, en },
  admin: { step: 0.01, width: '20%' },
})

const count = (name: string, zh: string, en: string, width = '25%'): NumberField => ({
  name,
  type: 'number',
  min: 0,
  label: { zh, en },
  admin: { width },
})

/**
 * One account of a KOL on one platform (SPEC §5): reach, engagement and audience as the platform's
 * data tools report them (蒲公英, 星图, 微任务), and what a post costs. Shares are fractions 0–1.
 */
export const accountFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'platform',
        type: 'select',
        required: true,
        options: selectOptions(KOL_PLATFORMS),
        label: { zh: '平台', en: 'Platform' },
        admin: { width: '25%' },
      },
      {
        name: 'handle',
        type: 'text',
        required: true,
        index: true,
        label: { zh: '账号名', en: 'Handle' },
        admin: { width: '25%' },
        // Stored as the import matches it (platform + handle), whatever the form or API was sent.
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeHandle(value) : value)] },
      },
      { name: 'url', type: 'text', label: { zh: '主页链接', en: 'Profile URL' }, admin: { width: '50%' } },
    ],
  },
  {
    type: 'row',
    fields: [
      count('followers', '粉丝数', 'Followers'),
      {
        name: 'tier',
        type: 'select',
        options: selectOptions(KOL_TIERS),
        label: { zh: '量级', en: 'Tier' },
        access: { create: nobody, update: nobody },
        admin: { readOnly: true, width: '25%', description: { zh: '按粉丝数自动计算', en: 'Derived from followers' } },
      },
      count('postsPerMonth', '月发文数', 'Posts per month'),
      share('completionRate', '完播率', 'Completion rate'),
    ],
  },
  {
    type: 'row',
    fields: [
      count('avgViews', '平均阅读/播放', 'Average views'),
      {
        ...count('avgEngagements', '平均互动', 'Average engagements'),
        admin: {
          width: '25%',
          description: { zh: '近 30 篇的赞+评+转+藏', en: 'Likes+comments+shares+saves over the last 30 posts' },
        },
      },
      {
        ...share('fakeFollowerRatio', '水粉率', 'Fake-follower ratio'),
        admin: { step: 0.01, width: '25%', description: { zh: '0–1；超过 0.25 不参与排名', en: '0–1; above 0.25 keeps the account out of rankings' } },
      },
    ],
  },
  {
    name: 'engagementMix',
    type: 'group',
    label: { zh: '互动构成（每篇平均）', en: 'Engagement mix (per post)' },
    admin: { description: { zh: '可选；活动选择加权 CPE 时使用', en: 'Optional; used when a campaign weighs CPE' } },
    fields: [
      {
        type: 'row',
        fields: [count('likes', '点赞', 'Likes'), count('comments', '评论', 'Comments'), count('shares', '转发', 'Shares'), count('saves', '收藏', 'Saves')],
      },
    ],
  },
  {
    name: 'audience',
    type: 'group',
    label: { zh: '粉丝画像', en: 'Audience' },
    fields: [
      share('femaleShare', '女性占比', 'Female share'),
      {
        name: 'age',
        type: 'group',
        label: { zh: '年龄分布', en: 'Age bands' },
        fields: [
          {
            type: 'row',
            fields: [
              share('under18', '18岁以下', 'Under 18'),
              share('age18to24', '18–24岁', '18–24'),
              share('age25to34', '25–34岁', '25–34'),
              share('age35to44', '35–44岁', '35–44'),
              share('age45plus', '45岁及以上', '45+'),
            ],
          },
        ],
      },
      {
        name: 'cityTiers',
        type: 'group',
        label: { zh: '城市等级分布', en: 'City tiers' },
        fields: [
          {
            type: 'row',
            fields: [
              share('tier1', '一线', 'Tier 1'),
              share('newTier1', '新一线', 'New tier 1'),
              share('tier2', '二线', 'Tier 2'),
              share('tier3Below', '三线及以下', 'Tier 3 and below'),
            ],
          },
        ],
      },
      { name: 'topProvinces', type: 'text', hasMany: true, label: { zh: '主要省份', en: 'Top provinces' } },
    ],
  },
  {
    name: 'rateCard',
    type: 'array',
    label: { zh: '报价', en: 'Rate card' },
    labels: { singular: { zh: '报价', en: 'Rate' }, plural: { zh: '报价', en: 'Rate card' } },
    access: { read: canManageKols, create: canManageKols, update: canManageKols },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'format',
            type: 'select',
            required: true,
            options: FORMAT_IDS.map((id) => ({ value: id, label: FORMAT_RULES[id].label })),
            label: { zh: '内容形式', en: 'Format' },
          },
          { name: 'price', type: 'number', required: true, min: 0, label: { zh: '价格（元）', en: 'Price (CNY)' } },
        ],
      },
    ],
  },
  {
    name: 'lowestRate',
    type: 'number',
    label: { zh: '最低报价（元）', en: 'Lowest rate (CNY)' },
    access: { read: canManageKols, create: nobody, update: nobody },
    admin: { readOnly: true, description: { zh: '用于预算筛选与成本评分', en: 'Used by the budget filter and the cost score' } },
  },
]
