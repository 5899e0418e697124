import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { selectOptions } from '../src/taxonomy/options'
import { DELIVERY_STATUSES } from '../src/webhooks/delivery'
import { WEBHOOK_EVENTS } from '../src/webhooks/events'

/**
 * The delivery log: one row per event and webhook, written in the transaction of the change that
 * caused it (so it exists exactly when the change was saved) and then by the delivery job, once per
 * attempt. No API writes to it.
 */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  // Administrators manage it in the admin (REST); kept out of the GraphQL schema publishers read.
  graphQL: false,
  labels: { singular: { zh: 'Webhook 投递', en: 'Webhook delivery' }, plural: { zh: 'Webhook 投递记录', en: 'Webhook deliveries' } },
  admin: {
    defaultColumns: ['createdAt', 'event', 'webhook', 'status', 'attemptCount', 'lastStatusCode'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', index: true, label: { zh: 'Webhook', en: 'Webhook' } },
    { name: 'event', type: 'select', required: true, index: true, options: selectOptions(WEBHOOK_EVENTS), label: { zh: '事件', en: 'Event' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: selectOptions(DELIVERY_STATUSES),
      label: { zh: '状态', en: 'Status' },
    },
    { name: 'occurredAt', type: 'date', required: true, label: { zh: '发生时间', en: 'Occurred at' } },
    { name: 'data', type: 'json', required: true, label: { zh: '事件数据', en: 'Event data' } },
    {
      type: 'row',
      fields: [
        // Kept beside the attempts for the list view, which cannot show a count or the last row of an array.
        { name: 'attemptCount', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' } },
        { name: 'lastStatusCode', type: 'number', label: { zh: '最近状态码', en: 'Last status code' } },
        { name: 'deliveredAt', type: 'date', label: { zh: '送达时间', en: 'Delivered at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'attempts',
      type: 'array',
      label: { zh: '尝试记录', en: 'Attempts' },
      labels: { singular: { zh: '尝试', en: 'Attempt' }, plural: { zh: '尝试记录', en: 'Attempts' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'statusCode', type: 'number', label: { zh: '状态码', en: 'Status code' } },
            { name: 'durationMs', type: 'number', label: { zh: '耗时（毫秒）', en: 'Duration (ms)' } },
          ],
        },
        { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' } },
      ],
    },
  ],
}
