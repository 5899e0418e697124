import type { CollectionConfig } from 'payload'

import { canEditContent } from '../../src/access/canEditContent'
import { canReadContent } from '../../src/access/canReadContent'
import { canWorkOnContent } from '../../src/access/canWorkOnContent'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { requireLexicalDocument } from '../../src/fields/requireLexicalDocument'
import { CHANNEL_IDS, CHANNEL_RULES } from '../../src/platforms'
import { CONTENT_STATUSES, STATUS_LABELS } from '../../src/workflow'
import { contentAssetEndpoints } from './endpoints'
import { hideUnreleasedVariants } from './hooks/hideUnreleasedVariants'
import { markDraftSaves } from './hooks/markDraftSaves'
import { queueWebhookDeliveries } from './hooks/queueWebhookDeliveries'
import { reviewVariants } from './hooks/reviewVariants'
import { removeFeedOnDelete, syncFeedOnSave } from './hooks/syncFeedOnSave'
import { writeAuditEntries } from './hooks/writeAuditEntries'
import { editorsOnly, variantFields } from './variantFields'

/**
 * One piece of content (SPEC §2–§4): a master text and media, adapted into per-platform variants
 * that are each validated, scanned for compliance and moved through review on their own.
 */
export const ContentAssets: CollectionConfig<'content-assets'> = {
  slug: 'content-assets',
  labels: { singular: { zh: '内容', en: 'Content asset' }, plural: { zh: '内容', en: 'Content assets' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'brand', 'status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    read: canReadContent,
    readVersions: isStaff,
    create: canEditContent,
    update: canWorkOnContent,
    delete: isAdmin,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: contentAssetEndpoints,
  hooks: {
    beforeOperation: [markDraftSaves],
    beforeChange: [reviewVariants],
    afterChange: [writeAuditEntries, syncFeedOnSave, queueWebhookDeliveries],
    beforeDelete: [removeFeedOnDelete],
    afterRead: [hideUnreleasedVariants],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '主标题', en: 'Master title' }, access: editorsOnly },
    {
      name: 'status',
      type: 'select',
      // Payload's drafts add `_status`, whose PostgreSQL enum would otherwise take the same name.
      enumName: 'enum_content_assets_workflow_status',
      index: true,
      label: { zh: '整体状态', en: 'Overall status' },
      options: CONTENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { zh: '由各平台版本中进度最慢的一个决定', en: 'The least advanced of its platform variants' },
      },
    },
    {
      name: 'releasedChannels',
      type: 'select',
      hasMany: true,
      index: true,
      options: CHANNEL_IDS.map((id) => ({ value: id, label: CHANNEL_RULES[id].label })),
      label: { zh: '已放行的渠道', en: 'Released on channels' },
      // Derived on save: lets a publisher key limited to some channels find exactly the assets it may see.
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'brand',
      type: 'relationship',
      relationTo: 'brands',
      required: true,
      index: true,
      label: { zh: '品牌', en: 'Brand' },
      access: editorsOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'products',
      type: 'relationship',
      relationTo: 'products',
      hasMany: true,
      label: { zh: '关联商品', en: 'Products' },
      access: editorsOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      index: true,
      label: { zh: '所属活动', en: 'Campaign' },
      access: editorsOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'persona',
      type: 'relationship',
      relationTo: 'personas',
      label: { zh: '目标人群', en: 'Persona' },
      access: editorsOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'sourceUgc',
      type: 'relationship',
      relationTo: 'ugc-submissions',
      index: true,
      label: { zh: '来源用户投稿', en: 'From UGC submission' },
      // Set by "turn into content asset" (src/ugc/reuse.ts); the author's licence then governs every release.
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.sourceUgc) },
    },
    { name: 'tags', type: 'text', hasMany: true, label: { zh: '标签', en: 'Tags' }, access: editorsOnly, admin: { position: 'sidebar' } },
    {
      name: 'sponsored',
      type: 'checkbox',
      label: { zh: '付费推广内容', en: 'Sponsored content' },
      access: editorsOnly,
      admin: {
        position: 'sidebar',
        description: {
          zh: '付费或赞助内容须标明“广告”（《互联网广告管理办法》第九条）',
          en: 'Paid or sponsored content must be labelled 广告 (Internet Advertising Measures, Art. 9)',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      label: { zh: '主稿正文', en: 'Master body' },
      access: editorsOnly,
      hooks: { beforeValidate: [requireLexicalDocument] },
    },
    { name: 'media', type: 'upload', relationTo: 'media', hasMany: true, label: { zh: '素材', en: 'Media' }, access: editorsOnly },
    {
      name: 'variants',
      type: 'array',
      // Several per channel at most (an A and a B version); the limit refuses floods early (src/fields/refuseOversizedArrays.ts).
      maxRows: 50,
      label: { zh: '平台版本', en: 'Platform variants' },
      labels: { singular: { zh: '平台版本', en: 'Platform variant' }, plural: { zh: '平台版本', en: 'Platform variants' } },
      fields: variantFields,
    },
  ],
}
