import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { CHANNEL_IDS, FORMAT_IDS } from '../../src/platforms'
import { RELEASED_STATUSES } from '../../src/workflow'

/**
 * One row per released platform variant (approved, scheduled or published), rendered for its
 * platform when the asset is saved: the publisher feed reads one indexed table, in keyset order,
 * instead of assembling assets, variants, media and relationships on every request (issue 5).
 * Written only by the content hooks (src/publishing/syncPublishFeed.ts); read through the
 * publisher GraphQL queries, which apply the publisher's scope.
 */
export const PublishFeed: CollectionConfig<'publish-feed'> = {
  slug: 'publish-feed',
  labels: { singular: { zh: '发布队列条目', en: 'Publish feed item' }, plural: { zh: '发布队列', en: 'Publish feed' } },
  admin: { useAsTitle: 'variantId', hidden: true },
  // Its own API would bypass the publisher scope; publishFeed and publishedContent are the way in.
  graphQL: false,
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['channel', 'changedAt', 'variantId'] }, { fields: ['status', 'changedAt', 'variantId'] }],
  fields: [
    { name: 'variantId', type: 'text', required: true, unique: true },
    { name: 'asset', type: 'relationship', relationTo: 'content-assets', required: true, index: true },
    { name: 'brand', type: 'relationship', relationTo: 'brands', required: true, index: true },
    { name: 'products', type: 'relationship', relationTo: 'products', hasMany: true },
    { name: 'tags', type: 'text', hasMany: true },
    { name: 'channel', type: 'select', required: true, options: [...CHANNEL_IDS] },
    { name: 'format', type: 'select', required: true, options: [...FORMAT_IDS] },
    {
      name: 'status',
      type: 'select',
      required: true,
      enumName: 'enum_publish_feed_status',
      options: [...RELEASED_STATUSES],
    },
    { name: 'contentHash', type: 'text', required: true },
    // When the item's hash last changed: the feed's order, then the variant id.
    { name: 'changedAt', type: 'date', required: true },
    { name: 'item', type: 'json', required: true },
  ],
}
