import type { CollectionConfig } from 'payload'

import { canModerateUgc } from '../../src/access/canModerateUgc'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { selectOptions } from '../../src/taxonomy/options'
import { UGC_SOURCES } from '../../src/taxonomy/ugcSources'
import { LICENCE_SCOPES } from '../../src/ugc/licence'
import { UGC_STATUS_LABELS, UGC_STATUSES } from '../../src/ugc/moderation'
import { ugcSubmissionEndpoints } from './endpoints'
import { auditModeration } from './hooks/auditModeration'
import { moderate } from './hooks/moderate'

/** Set on intake or by the moderation hooks, never typed in. */
const derived = { create: nobody, update: nobody }
/** Contact data (PIPL): admin and KOL managers only, in every API and the admin. */
const personal = { read: canModerateUgc, create: nobody, update: nobody }

/**
 * A shopper's 晒单 or review (SPEC §7): text and media, the author's licence and consent record,
 * the intake findings, and the moderation decision with its reward. Created only by the public
 * `submitUgc` mutation; moderated in the admin; reused through "turn into content asset".
 */
export const UgcSubmissions: CollectionConfig<'ugc-submissions'> = {
  slug: 'ugc-submissions',
  labels: { singular: { zh: '用户投稿', en: 'UGC submission' }, plural: { zh: '用户投稿', en: 'UGC submissions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'product', 'duplicate', 'complianceBlocks', 'createdAt'],
    listSearchableFields: ['title', 'text'],
    group: { zh: '用户内容', en: 'UGC' },
  },
  access: { read: isStaff, create: nobody, update: canModerateUgc, delete: isAdmin },
  // The moderation queue and the dashboards read one status in creation order; without this the
  // database sorts every pending submission per page (bench/results query plans).
  indexes: [{ fields: ['status', 'createdAt'] }],
  hooks: { beforeChange: [moderate], afterChange: [auditModeration] },
  endpoints: ugcSubmissionEndpoints,
  fields: [
    { name: 'title', type: 'text', access: derived, label: { zh: '摘要', en: 'Summary' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: UGC_STATUSES.map((status) => ({ value: status, label: UGC_STATUS_LABELS[status] })),
      label: { zh: '审核状态', en: 'Moderation status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      label: { zh: '拒绝理由', en: 'Reason for rejection' },
      admin: { position: 'sidebar', description: { zh: '拒绝时必填，投稿人查询时可见', en: 'Required to reject; the author sees it' } },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: derived,
      label: { zh: '审核人', en: 'Moderated by' },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'moderatedAt', type: 'date', access: derived, label: { zh: '审核时间', en: 'Moderated at' }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'reward',
      type: 'group',
      access: derived,
      label: { zh: '奖励', en: 'Reward' },
      admin: { position: 'sidebar', readOnly: true, description: { zh: '通过或精选时自动发放，每条投稿仅一次', en: 'Issued once, on approval' } },
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: [
            { value: 'coupon', label: { zh: '优惠券', en: 'Coupon' } },
            { value: 'points', label: { zh: '积分', en: 'Points' } },
          ],
          label: { zh: '类型', en: 'Kind' },
        },
        { name: 'coupon', type: 'relationship', relationTo: 'reward-coupons', unique: true, label: { zh: '券码', en: 'Coupon' } },
        { name: 'points', type: 'number', label: { zh: '积分', en: 'Points' } },
        { name: 'issuedAt', type: 'date', label: { zh: '发放时间', en: 'Issued at' } },
      ],
    },
    {
      name: 'product',
      type: 'relationship',
      relationTo: 'products',
      required: true,
      access: derived,
      label: { zh: '商品', en: 'Product' },
      admin: { readOnly: true },
    },
    { name: 'brand', type: 'relationship', relationTo: 'brands', index: true, access: derived, label: { zh: '品牌', en: 'Brand' }, admin: { readOnly: true } },
    {
      name: 'text',
      type: 'textarea',
      access: derived,
      label: { zh: '投稿内容', en: 'Text' },
      admin: {
        readOnly: true,
        description: { zh: '其中的手机号、微信号、邮箱和身份证号已在收稿时隐藏', en: 'Phone numbers, WeChat IDs, emails and ID numbers were masked on intake' },
      },
    },
    {
      name: 'media',
      type: 'upload',
      relationTo: 'ugc-media',
      hasMany: true,
      access: derived,
      label: { zh: '图片/视频', en: 'Media' },
      admin: { readOnly: true },
    },
    { name: 'findings', type: 'ui', admin: { disableBulkEdit: true, components: { Field: '/src/admin/UgcFindings#UgcFindings' } } },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          options: selectOptions(UGC_SOURCES),
          access: derived,
          label: { zh: '来源平台', en: 'Source' },
          admin: { readOnly: true },
        },
        { name: 'sourceUrl', type: 'text', access: derived, label: { zh: '原帖链接', en: 'Source URL' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'author',
      type: 'group',
      label: { zh: '作者', en: 'Author' },
      admin: { readOnly: true },
      fields: [
        { name: 'nickname', type: 'text', access: derived, label: { zh: '昵称', en: 'Nickname' } },
        { name: 'contact', type: 'text', access: personal, label: { zh: '联系方式', en: 'Contact' } },
        // An HMAC of the normalised contact: finds a person's submissions (rate limit, deletion request) without the contact.
        { name: 'contactKey', type: 'text', index: true, access: { read: nobody, create: nobody, update: nobody }, admin: { hidden: true } },
      ],
    },
    {
      name: 'licence',
      type: 'group',
      label: { zh: '授权与同意记录', en: 'Licence and consent' },
      admin: { readOnly: true },
      fields: [
        { name: 'scopes', type: 'select', hasMany: true, options: selectOptions(LICENCE_SCOPES), access: derived, label: { zh: '授权范围', en: 'Scopes' } },
        { name: 'termMonths', type: 'number', access: derived, label: { zh: '授权期限（月）', en: 'Term (months)' } },
        { name: 'expiresAt', type: 'date', index: true, access: derived, label: { zh: '授权到期', en: 'Expires' } },
        { name: 'consentVersion', type: 'text', access: derived, label: { zh: '同意文本版本', en: 'Consent text version' } },
        { name: 'consentedAt', type: 'date', access: derived, label: { zh: '同意时间', en: 'Consented at' } },
        { name: 'ipHash', type: 'text', index: true, access: personal, label: { zh: 'IP 哈希', en: 'IP hash' } },
      ],
    },
    {
      name: 'duplicate',
      type: 'checkbox',
      index: true,
      access: derived,
      label: { zh: '疑似重复', en: 'Possible duplicate' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'duplicates',
      type: 'array',
      access: derived,
      label: { zh: '与以往投稿相似的图片', en: 'Images like earlier submissions' },
      // Shown side by side by the findings field.
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'media', type: 'relationship', relationTo: 'ugc-media', label: { zh: '本投稿图片', en: 'This image' } },
        { name: 'matchedSubmission', type: 'relationship', relationTo: 'ugc-submissions', label: { zh: '相似投稿', en: 'Earlier submission' } },
        { name: 'matchedMedia', type: 'relationship', relationTo: 'ugc-media', label: { zh: '相似图片', en: 'Earlier image' } },
        { name: 'distance', type: 'number', label: { zh: '差异位数（0 为相同）', en: 'Bits apart (0 = same)' } },
      ],
    },
    { name: 'complianceBlocks', type: 'number', access: derived, label: { zh: '违规词', en: 'Blocked terms' }, admin: { position: 'sidebar', readOnly: true } },
    // Shown by the findings field.
    { name: 'compliance', type: 'json', access: derived, label: { zh: '合规检查', en: 'Compliance findings' }, admin: { readOnly: true, hidden: true } },
    {
      name: 'maskedPersonalData',
      type: 'select',
      hasMany: true,
      access: derived,
      options: [
        { value: 'phone', label: { zh: '手机号', en: 'Phone' } },
        { value: 'wechat', label: { zh: '微信号', en: 'WeChat ID' } },
        { value: 'email', label: { zh: '邮箱', en: 'Email' } },
        { value: 'id-card', label: { zh: '身份证号', en: 'ID number' } },
      ],
      label: { zh: '已隐藏的个人信息', en: 'Personal data masked' },
      admin: { readOnly: true },
    },
    {
      name: 'erasedAt',
      type: 'date',
      access: derived,
      label: { zh: '个人信息删除时间', en: 'Personal data erased at' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.erasedAt) },
    },
    { name: 'actions', type: 'ui', admin: { disableBulkEdit: true, components: { Field: '/src/admin/UgcActions#UgcActions' } } },
    {
      name: 'reusedIn',
      type: 'join',
      collection: 'content-assets',
      on: 'sourceUgc',
      label: { zh: '已转为内容', en: 'Reused in' },
      // Listed by the actions field, which also makes them ("turn into content asset", within the licence).
      admin: { hidden: true },
    },
  ],
}
