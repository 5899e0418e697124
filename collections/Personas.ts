import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCatalog } from '../src/access/canManageCatalog'
import { isAdmin } from '../src/access/isAdmin'
import { CITY_TIERS, GENDER_TARGETS, VERTICALS } from '../src/taxonomy/audience'
import { selectOptions } from '../src/taxonomy/options'

/** A target audience, defined once and reused by content and campaigns (SPEC §5, §6). */
export const Personas: CollectionConfig<'personas'> = {
  slug: 'personas',
  labels: { singular: { zh: '目标人群', en: 'Persona' }, plural: { zh: '目标人群', en: 'Personas' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'gender', 'ageMin', 'ageMax'], group: { zh: '品牌与商品', en: 'Catalog' } },
  access: { read: authenticated, create: canManageCatalog, update: canManageCatalog, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true },
    {
      name: 'gender',
      type: 'select',
      label: { zh: '性别', en: 'Gender' },
      required: true,
      defaultValue: 'any',
      options: selectOptions(GENDER_TARGETS),
    },
    {
      type: 'row',
      fields: [
        { name: 'ageMin', type: 'number', label: { zh: '最小年龄', en: 'Minimum age' }, min: 0, max: 120, required: true },
        {
          name: 'ageMax',
          type: 'number',
          label: { zh: '最大年龄', en: 'Maximum age' },
          min: 0,
          max: 120,
          required: true,
          validate: (value: number | null | undefined, { siblingData }: { siblingData: { ageMin?: number | null } }) =>
            value == null || siblingData.ageMin == null || value >= siblingData.ageMin
              ? true
              : '最大年龄不能小于最小年龄 / Maximum age cannot be below minimum age',
        },
      ],
    },
    {
      name: 'cityTiers',
      type: 'select',
      hasMany: true,
      label: { zh: '城市等级', en: 'City tiers' },
      options: selectOptions(CITY_TIERS),
    },
    {
      name: 'interests',
      type: 'select',
      hasMany: true,
      label: { zh: '兴趣垂类', en: 'Interests' },
      options: selectOptions(VERTICALS),
    },
  ],
}
