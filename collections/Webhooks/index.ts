import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { CHANNEL_IDS, CHANNEL_RULES } from '../../src/platforms'
import { selectOptions } from '../../src/taxonomy/options'
import { WEBHOOK_EVENTS } from '../../src/webhooks/events'
import { isWebhookUrl } from '../../src/webhooks/url'
import { generateSecret } from './hooks/generateSecret'

/**
 * Outbound webhooks: a channel publisher's endpoint that is told when content is approved,
 * scheduled or published, so it need not poll (docs/webhooks.md). Deliveries go through the jobs
 * queue and are logged in `webhook-deliveries`.
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  // Administrators manage it in the admin (REST); kept out of the GraphQL schema publishers read.
  graphQL: false,
  labels: { singular: { zh: 'Webhook', en: 'Webhook' }, plural: { zh: 'Webhook', en: 'Webhooks' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { zh: '接收地址', en: 'URL' },
      validate: (value: string | null | undefined) =>
        isWebhookUrl(value) ? true : '请填写以 http:// 或 https:// 开头的完整地址 / Enter a full address starting with http:// or https://',
      admin: { description: { zh: '收到 POST 请求的地址；重定向不会被跟随', en: 'Receives the POST requests; redirects are not followed' } },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: { zh: '订阅的事件', en: 'Events' },
      options: selectOptions(WEBHOOK_EVENTS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'platforms',
          type: 'select',
          hasMany: true,
          label: { zh: '渠道', en: 'Channels' },
          options: CHANNEL_IDS.map((id) => ({ value: id, label: CHANNEL_RULES[id].label })),
          admin: { description: { zh: '留空表示全部渠道', en: 'Empty: every channel' } },
        },
        {
          name: 'brands',
          type: 'relationship',
          relationTo: 'brands',
          hasMany: true,
          label: { zh: '品牌', en: 'Brands' },
          admin: { description: { zh: '留空表示全部品牌', en: 'Empty: every brand' } },
        },
      ],
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 32,
      label: { zh: '签名密钥', en: 'Signing secret' },
      // Stays administrators' only, whoever may later read the rest of the collection.
      access: { read: isAdmin },
      hooks: { beforeValidate: [generateSecret] },
      admin: {
        description: {
          zh: '接收方用它校验 X-Zhongcao-Signature。留空保存会生成新密钥（轮换后旧密钥立即失效）',
          en: 'Receivers verify X-Zhongcao-Signature with it. Save it empty to generate a new one (the old one stops working at once)',
        },
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '启用', en: 'Active' },
      admin: { position: 'sidebar', description: { zh: '停用后不再发送，包括尚未送达的', en: 'When off, nothing is sent, including pending deliveries' } },
    },
  ],
}
