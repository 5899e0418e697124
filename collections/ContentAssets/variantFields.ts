import type { Field } from 'payload'

import { canEditContent } from '../../src/access/canEditContent'
import { canReviewField } from '../../src/access/canReviewField'
import { FORMAT_IDS, FORMAT_RULES } from '../../src/platforms'
import type { FormatId } from '../../src/platforms/types'
import { CONTENT_STATUSES, STATUS_LABELS } from '../../src/workflow'

/** The words and media of content belong to editors; other roles' edits to them are dropped. */
export const editorsOnly = { create: canEditContent, update: canEditContent }

/** Shows a field only for formats where the platform has it. */
const whenFormat =
  (has: (format: FormatId) => boolean) =>
  (_: unknown, siblingData: { format?: FormatId }): boolean =>
    Boolean(siblingData?.format && FORMAT_RULES[siblingData.format] && has(siblingData.format))

/** One platform variant of a content asset: its own text, media, schedule and status (SPEC §2, §4). */
export const variantFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'format',
        type: 'select',
        required: true,
        label: { zh: '平台格式', en: 'Format' },
        options: FORMAT_IDS.map((id) => ({ value: id, label: FORMAT_RULES[id].label })),
        access: editorsOnly,
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        label: { zh: '状态', en: 'Status' },
        options: CONTENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
        admin: {
          description: {
            zh: '修改状态并保存即提交流转；是否允许由角色和合规结果决定',
            en: 'Change the status and save to move it on; your role and the compliance result decide whether you may',
          },
        },
      },
      {
        name: 'scheduledAt',
        type: 'date',
        label: { zh: '发布时间', en: 'Publish at' },
        admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
      },
    ],
  },
  {
    name: 'title',
    type: 'text',
    label: { zh: '标题', en: 'Title' },
    access: editorsOnly,
    admin: { condition: whenFormat((format) => Boolean(FORMAT_RULES[format].title)) },
  },
  {
    name: 'body',
    type: 'textarea',
    label: { zh: '文案', en: 'Text' },
    access: editorsOnly,
    admin: {
      description: {
        zh: '留空则使用主稿正文（公众号图文使用主稿排版）',
        en: 'Leave empty to use the master text (WeChat articles use the formatted master body)',
      },
    },
  },
  {
    type: 'row',
    admin: { condition: whenFormat((format) => Boolean(FORMAT_RULES[format].digest)) },
    fields: [
      { name: 'digest', type: 'textarea', label: { zh: '摘要', en: 'Digest' }, access: editorsOnly },
      { name: 'author', type: 'text', label: { zh: '作者', en: 'Author' }, access: editorsOnly },
    ],
  },
  {
    name: 'hashtags',
    type: 'text',
    hasMany: true,
    label: { zh: '话题', en: 'Topics' },
    access: editorsOnly,
    admin: { condition: whenFormat((format) => FORMAT_RULES[format].hashtags.syntax !== 'none') },
  },
  {
    name: 'mentions',
    type: 'array',
    label: { zh: '提及', en: 'Mentions' },
    labels: { singular: { zh: '提及', en: 'Mention' }, plural: { zh: '提及', en: 'Mentions' } },
    access: editorsOnly,
    admin: { condition: whenFormat((format) => FORMAT_RULES[format].mentions.supported) },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: { zh: '账号名', en: 'Account name' } },
          { name: 'platformUserId', type: 'text', label: { zh: '平台用户 ID', en: 'Platform user ID' } },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'cover',
        type: 'upload',
        relationTo: 'media',
        label: { zh: '封面', en: 'Cover' },
        access: editorsOnly,
        admin: { condition: whenFormat((format) => Boolean(FORMAT_RULES[format].cover)) },
      },
      {
        name: 'video',
        type: 'upload',
        relationTo: 'media',
        label: { zh: '视频', en: 'Video' },
        access: editorsOnly,
        admin: { condition: whenFormat((format) => Boolean(FORMAT_RULES[format].video)) },
      },
    ],
  },
  {
    name: 'images',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    label: { zh: '图片', en: 'Images' },
    access: editorsOnly,
    admin: { condition: whenFormat((format) => Boolean(FORMAT_RULES[format].images)) },
  },
  {
    type: 'collapsible',
    label: { zh: '商业合作与发布', en: 'Commercial order and publication' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'commercialOrderId',
            type: 'text',
            label: { zh: '平台商单号', en: 'Commercial order ID' },
            admin: {
              description: { zh: '巨量星图 / 蒲公英 / 微任务 订单或任务号', en: 'Xingtu / Pugongying / Weirenwu order or task id' },
            },
          },
          {
            name: 'marketingDeclared',
            type: 'checkbox',
            label: { zh: '已声明「内容含营销推广信息」', en: 'Declared “contains marketing”' },
            admin: { condition: whenFormat((format) => FORMAT_RULES[format].requiresMarketingDeclaration) },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'publishedUrl', type: 'text', label: { zh: '发布链接', en: 'Published URL' } },
          { name: 'platformPostId', type: 'text', label: { zh: '平台内容 ID', en: 'Platform post ID' } },
          {
            name: 'publishedAt',
            type: 'date',
            label: { zh: '实际发布时间', en: 'Published at' },
            admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
          },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'workflowNote',
        type: 'textarea',
        label: { zh: '流转说明', en: 'Note for this change' },
        admin: {
          description: {
            zh: '驳回或强制通过时必填；随审计日志保存',
            en: 'Required to reject or to override compliance; kept in the audit log',
          },
        },
      },
      {
        name: 'overrideCompliance',
        type: 'checkbox',
        label: { zh: '忽略合规问题强制通过', en: 'Approve despite compliance findings' },
        access: { create: canReviewField, update: canReviewField },
      },
    ],
  },
  {
    name: 'preview',
    type: 'ui',
    admin: { components: { Field: '/src/admin/VariantChecks#VariantChecks' } },
  },
  {
    name: 'checks',
    type: 'json',
    label: { zh: '检查结果', en: 'Checks' },
    admin: { readOnly: true, hidden: true },
  },
]
