import type { CollectionConfig } from 'payload'

import { canEditUnissuedCoupon } from '../src/access/canEditUnissuedCoupon'
import { canModerateUgc } from '../src/access/canModerateUgc'
import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'

/**
 * A brand's pool of coupon codes for UGC rewards (SPEC §7). Approving a submission takes the
 * oldest free code of the product's brand (src/ugc/rewards.ts); a code is issued at most once.
 */
export const RewardCoupons: CollectionConfig<'reward-coupons'> = {
  slug: 'reward-coupons',
  labels: { singular: { zh: '奖励券码', en: 'Reward coupon' }, plural: { zh: '奖励券码', en: 'Reward coupons' } },
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'brand', 'issuedTo', 'issuedAt'], group: { zh: '用户内容', en: 'UGC' } },
  access: { read: canModerateUgc, create: canModerateUgc, update: canModerateUgc, delete: isAdmin },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: { zh: '券码', en: 'Code' }, access: { update: canEditUnissuedCoupon } },
    {
      name: 'brand',
      type: 'relationship',
      relationTo: 'brands',
      required: true,
      index: true,
      label: { zh: '品牌', en: 'Brand' },
      access: { update: canEditUnissuedCoupon },
    },
    { name: 'note', type: 'text', label: { zh: '说明', en: 'Note' }, admin: { description: { zh: '如面额、有效期', en: 'Such as its value and validity' } } },
    {
      name: 'issuedTo',
      type: 'relationship',
      relationTo: 'ugc-submissions',
      unique: true,
      label: { zh: '发放给投稿', en: 'Issued to' },
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'issuedAt',
      type: 'date',
      index: true,
      label: { zh: '发放时间', en: 'Issued at' },
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
