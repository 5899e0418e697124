import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCatalog } from '../src/access/canManageCatalog'
import { isAdmin } from '../src/access/isAdmin'
import { VERTICALS } from '../src/taxonomy/audience'
import { selectOptions } from '../src/taxonomy/options'
import { PRODUCT_CATEGORIES } from '../src/taxonomy/productCategories'

export const Products: CollectionConfig<'products'> = {
  slug: 'products',
  labels: { singular: { zh: '商品', en: 'Product' }, plural: { zh: '商品', en: 'Products' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'sku', 'brand', 'category'], group: { zh: '品牌与商品', en: 'Catalog' } },
  access: { read: authenticated, create: canManageCatalog, update: canManageCatalog, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: { zh: '商品名', en: 'Name' }, required: true },
    { name: 'sku', type: 'text', label: { zh: 'SKU', en: 'SKU' }, required: true, unique: true, index: true },
    { name: 'brand', type: 'relationship', relationTo: 'brands', label: { zh: '品牌', en: 'Brand' }, required: true, index: true },
    {
      name: 'category',
      type: 'select',
      label: { zh: '品类', en: 'Category' },
      required: true,
      options: selectOptions(PRODUCT_CATEGORIES),
    },
    {
      name: 'verticals',
      type: 'select',
      hasMany: true,
      label: { zh: '垂类', en: 'Verticals' },
      options: selectOptions(VERTICALS),
    },
    { name: 'priceYuan', type: 'number', label: { zh: '售价（元）', en: 'Price (CNY)' }, min: 0 },
  ],
}
