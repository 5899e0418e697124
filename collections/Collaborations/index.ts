import type { CollectionConfig, Field } from 'payload'

import { canManageKols } from '../../src/access/canManageKols'
import { canMoveCollaborations } from '../../src/access/canMoveCollaborations'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { COLLABORATION_STAGES, STAGE_LABELS } from '../../src/collaborations/stages'
import { FORMAT_IDS, FORMAT_RULES } from '../../src/platforms'
import { KOL_PLATFORMS, SNAPSHOT_WINDOWS } from '../../src/taxonomy/kols'
import { selectOptions } from '../../src/taxonomy/options'
import { applyStageMove } from './hooks/applyStageMove'
import { followUpStageMove } from './hooks/followUpStageMove'
import { refreshBudgetAfterDelete } from './hooks/refreshCampaignBudget'

/** Everything but the stage is the KOL managers' to write; reviewers only move drafts on. */
const managersOnly = { create: canManageKols, update: canManageKols }
const derived = { create: nobody, update: nobody }

const figure = (name: string, zh: string, en: string): Field => ({ name, type: 'number', min: 0, label: { zh, en }, admin: { width: '25%' } })
const result = (name: string, zh: string, en: string, pii = false): Field => ({
  name,
  type: 'number',
  label: { zh, en },
  admin: { readOnly: true, width: '25%' },
  ...(pii ? { access: { read: canManageKols, ...derived } } : { access: derived }),
})

/** A KOL's work on one campaign, on one platform, from shortlist to settlement (SPEC §5). */
export const Collaborations: CollectionConfig<'collaborations'> = {
  slug: 'collaborations',
  labels: { singular: { zh: '达人合作', en: 'Collaboration' }, plural: { zh: '达人合作', en: 'Collaborations' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'platform', 'stage', 'updatedAt'],
    group: { zh: '达人合作', en: 'KOL collaboration' },
  },
  access: { read: isStaff, create: canManageKols, update: canMoveCollaborations, delete: isAdmin },
  hooks: {
    beforeChange: [applyStageMove],
    afterChange: [followUpStageMove],
    afterDelete: [refreshBudgetAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { zh: '合作', en: 'Collaboration' },
      access: derived,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, index: true, label: { zh: '活动', en: 'Campaign' }, access: managersOnly },
        { name: 'kol', type: 'relationship', relationTo: 'kols', required: true, index: true, label: { zh: '达人', en: 'KOL' }, access: managersOnly },
        { name: 'platform', type: 'select', required: true, options: selectOptions(KOL_PLATFORMS), label: { zh: '平台', en: 'Platform' }, access: managersOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stage',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'shortlisted',
          options: COLLABORATION_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
          label: { zh: '阶段', en: 'Stage' },
          admin: {
            description: {
              zh: '修改阶段并保存即推进合作；是否允许由角色和条件决定',
              en: 'Change the stage and save to move on; your role and the conditions decide whether you may',
            },
          },
        },
        {
          name: 'fee',
          type: 'number',
          min: 0,
          label: { zh: '合作费用（元）', en: 'Fee (CNY)' },
          access: { read: canManageKols, create: canManageKols, update: canManageKols },
        },
      ],
    },
    {
      name: 'stageNote',
      type: 'textarea',
      label: { zh: '阶段说明', en: 'Note on the move' },
      admin: { description: { zh: '取消合作时必填；会记入审计日志', en: 'Required to cancel; kept in the audit log' } },
    },
    {
      name: 'deliverables',
      type: 'array',
      label: { zh: '交付内容', en: 'Deliverables' },
      labels: { singular: { zh: '交付内容', en: 'Deliverable' }, plural: { zh: '交付内容', en: 'Deliverables' } },
      access: managersOnly,
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
            { name: 'dueDate', type: 'date', label: { zh: '交付日期', en: 'Due' } },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'asset',
              type: 'relationship',
              relationTo: 'content-assets',
              label: { zh: '关联内容', en: 'Content asset' },
              admin: { description: { zh: '关联后，该内容按付费推广要求标注“广告”', en: 'Linked content must carry the 广告 label of paid posts' } },
            },
            { name: 'variantId', type: 'text', label: { zh: '平台版本 ID', en: 'Variant ID' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'publishedUrl', type: 'text', label: { zh: '发布链接', en: 'Published URL' } },
            { name: 'platformOrderId', type: 'text', label: { zh: '平台订单号', en: 'Platform order ID' } },
            { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' } },
          ],
        },
      ],
    },
    {
      name: 'snapshots',
      type: 'array',
      label: { zh: '数据快照', en: 'Metric snapshots' },
      labels: { singular: { zh: '数据快照', en: 'Snapshot' }, plural: { zh: '数据快照', en: 'Snapshots' } },
      access: managersOnly,
      validate: (snapshots: unknown[] | null | undefined) => {
        const windows = (snapshots ?? []).map((snapshot) => (snapshot as { window?: string }).window)
        return new Set(windows).size === windows.length ? true : '每个时间点只能有一次快照 / One snapshot per window'
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'window', type: 'select', required: true, options: selectOptions(SNAPSHOT_WINDOWS), label: { zh: '时间点', en: 'Window' } },
            { name: 'collectedAt', type: 'date', label: { zh: '采集时间', en: 'Collected at' } },
          ],
        },
        {
          type: 'row',
          fields: [figure('views', '播放/阅读', 'Views'), figure('likes', '点赞', 'Likes'), figure('comments', '评论', 'Comments'), figure('shares', '转发', 'Shares')],
        },
        {
          type: 'row',
          fields: [figure('saves', '收藏', 'Saves'), figure('clicks', '点击', 'Clicks'), figure('orders', '订单', 'Orders'), figure('gmv', 'GMV（元）', 'GMV (CNY)')],
        },
        { name: 'completionRate', type: 'number', min: 0, max: 1, label: { zh: '完播率', en: 'Completion rate' }, admin: { step: 0.01 } },
      ],
    },
    {
      name: 'results',
      type: 'group',
      label: { zh: '效果（取最新快照）', en: 'Results (latest snapshot)' },
      fields: [
        {
          name: 'window',
          type: 'select',
          options: selectOptions(SNAPSHOT_WINDOWS),
          label: { zh: '数据来自', en: 'From' },
          access: derived,
          admin: { readOnly: true },
        },
        {
          type: 'row',
          fields: [
            result('views', '播放/阅读', 'Views'),
            result('engagements', '互动', 'Engagements'),
            result('orders', '订单', 'Orders'),
            result('gmv', 'GMV（元）', 'GMV (CNY)'),
          ],
        },
        {
          type: 'row',
          fields: [
            result('cpm', 'CPM（元）', 'CPM (CNY)', true),
            result('cpe', 'CPE（元）', 'CPE (CNY)', true),
            result('weightedCpe', '加权 CPE（元）', 'Weighted CPE (CNY)', true),
            result('roi', 'ROI', 'ROI', true),
          ],
        },
      ],
    },
    {
      name: 'settlement',
      type: 'group',
      label: { zh: '结算评价', en: 'Settlement' },
      access: managersOnly,
      admin: { description: { zh: '结算时必填，计入达人口碑', en: 'Required to settle; feeds the KOL’s reputation' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'rating', type: 'number', min: 1, max: 5, label: { zh: '评分（1–5）', en: 'Rating (1–5)' } },
            {
              name: 'onTime',
              type: 'radio',
              options: [
                { value: 'yes', label: { zh: '按时', en: 'On time' } },
                { value: 'no', label: { zh: '延期', en: 'Late' } },
              ],
              label: { zh: '是否按时交付', en: 'Delivered on time' },
            },
          ],
        },
      ],
    },
    { name: 'fitSnapshotView', type: 'ui', admin: { components: { Field: '/src/admin/FitSnapshot#FitSnapshot' } } },
    {
      name: 'fitSnapshot',
      type: 'json',
      label: { zh: '入选时的匹配分', en: 'Fit score at shortlisting' },
      access: derived,
      // Shown by fitSnapshotView; kept as it was when the KOL was shortlisted.
      admin: { readOnly: true, hidden: true },
    },
  ],
}
