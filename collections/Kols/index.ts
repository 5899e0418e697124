import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { canManageKols } from '../../src/access/canManageKols'
import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { VERTICALS } from '../../src/taxonomy/audience'
import { BRAND_SAFETY_FLAGS, CONTENT_STYLES, KOL_KINDS, KOL_PLATFORMS } from '../../src/taxonomy/kols'
import { selectOptions } from '../../src/taxonomy/options'
import { PRODUCT_CATEGORIES } from '../../src/taxonomy/productCategories'
import { accountFields } from './accountFields'
import { kolEndpoints } from './endpoints'
import { deriveAccountFigures } from './hooks/deriveAccountFigures'

const pii = { read: canManageKols, create: canManageKols, update: canManageKols }
const derived = { create: nobody, update: nobody }

/**
 * A KOL or KOC and their accounts (SPEC §5). Everyone signed in may read the public profile
 * (publishers show "as seen on" sections); contact, contract and price fields are PII.
 */
export const Kols: CollectionConfig<'kols'> = {
  slug: 'kols',
  labels: { singular: { zh: '达人', en: 'KOL' }, plural: { zh: '达人', en: 'KOLs' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'verticals', 'updatedAt'],
    group: { zh: '达人合作', en: 'KOL collaboration' },
    components: { beforeListTable: ['/src/admin/KolListActions#KolListActions'] },
  },
  access: { read: authenticated, create: canManageKols, update: canManageKols, delete: isAdmin },
  hooks: { beforeChange: [deriveAccountFigures] },
  // CSV import (dry run and import) and the export of the list in the import format: docs/kol-import.md.
  endpoints: kolEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, index: true, label: { zh: '达人名称', en: 'Name' } },
        { name: 'kind', type: 'select', required: true, defaultValue: 'kol', options: selectOptions(KOL_KINDS), label: { zh: '类型', en: 'Kind' } },
      ],
    },
    { name: 'verticals', type: 'select', hasMany: true, options: selectOptions(VERTICALS), label: { zh: '垂类', en: 'Verticals' } },
    { name: 'styles', type: 'select', hasMany: true, options: selectOptions(CONTENT_STYLES), label: { zh: '内容风格', en: 'Content styles' } },
    {
      name: 'accounts',
      type: 'array',
      // One per platform, and a few spares (old handles): the limit refuses floods early (src/fields/refuseOversizedArrays.ts).
      maxRows: 20,
      label: { zh: '平台账号', en: 'Accounts' },
      labels: { singular: { zh: '平台账号', en: 'Account' }, plural: { zh: '平台账号', en: 'Accounts' } },
      fields: accountFields,
      validate: (accounts: unknown[] | null | undefined) => {
        const platforms = (accounts ?? []).map((account) => (account as { platform?: string }).platform)
        return new Set(platforms).size === platforms.length ? true : '每个平台只能有一个账号 / One account per platform'
      },
    },
    {
      name: 'brandSafetyFlags',
      type: 'select',
      hasMany: true,
      options: selectOptions(BRAND_SAFETY_FLAGS),
      label: { zh: '品牌安全标记', en: 'Brand-safety flags' },
      admin: { position: 'sidebar', description: { zh: '有任一标记的达人不参与排名', en: 'A flagged KOL is left out of rankings' } },
    },
    {
      name: 'exclusivities',
      type: 'array',
      label: { zh: '独家合作', en: 'Exclusivities' },
      labels: { singular: { zh: '独家合作', en: 'Exclusivity' }, plural: { zh: '独家合作', en: 'Exclusivities' } },
      admin: { description: { zh: '期限内不为同品类的其他品牌推广', en: 'Until then, no other brand in the category' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'category', type: 'select', required: true, options: selectOptions(PRODUCT_CATEGORIES), label: { zh: '品类', en: 'Category' } },
            { name: 'brand', type: 'relationship', relationTo: 'brands', label: { zh: '独家品牌', en: 'With brand' } },
            { name: 'until', type: 'date', required: true, label: { zh: '截止日期', en: 'Until' } },
          ],
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式（敏感信息）', en: 'Contact (personal data)' },
      access: pii,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'realName', type: 'text', label: { zh: '真实姓名', en: 'Legal name' } },
            { name: 'phone', type: 'text', label: { zh: '手机号', en: 'Phone' } },
            { name: 'wechatId', type: 'text', label: { zh: '微信号', en: 'WeChat ID' } },
            { name: 'email', type: 'email', label: { zh: '邮箱', en: 'Email' } },
          ],
        },
        { name: 'address', type: 'textarea', label: { zh: '寄样地址', en: 'Shipping address' } },
        {
          type: 'row',
          fields: [
            { name: 'agency', type: 'text', label: { zh: '所属 MCN', en: 'Agency (MCN)' } },
            { name: 'agencyContact', type: 'text', label: { zh: 'MCN 联系人', en: 'Agency contact' } },
          ],
        },
      ],
    },
    {
      name: 'contract',
      type: 'group',
      label: { zh: '合同信息（敏感信息）', en: 'Contract (confidential)' },
      access: pii,
      fields: [
        { name: 'paymentTerms', type: 'textarea', label: { zh: '付款条款', en: 'Payment terms' } },
        { name: 'notes', type: 'textarea', label: { zh: '合作备注', en: 'Notes' } },
      ],
    },
    {
      name: 'reputation',
      type: 'group',
      label: { zh: '合作口碑', en: 'Reputation' },
      access: derived,
      admin: {
        position: 'sidebar',
        description: { zh: '由已结算合作的评分与准时率自动计算', en: 'Derived from the ratings and punctuality of settled collaborations' },
      },
      fields: [
        { name: 'settled', type: 'number', defaultValue: 0, label: { zh: '已结算合作', en: 'Settled collaborations' }, admin: { readOnly: true } },
        { name: 'ratingSum', type: 'number', defaultValue: 0, label: { zh: '评分合计', en: 'Sum of ratings' }, admin: { readOnly: true } },
        { name: 'onTime', type: 'number', defaultValue: 0, label: { zh: '按时交付次数', en: 'Delivered on time' }, admin: { readOnly: true } },
        { name: 'score', type: 'number', label: { zh: '口碑分（0–1）', en: 'Reputation score (0–1)' }, admin: { readOnly: true } },
      ],
    },
  ],
}
