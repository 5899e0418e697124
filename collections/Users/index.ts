import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { isStaff } from '../../src/access/isStaff'
import { hasRole, ROLE_LABELS, ROLES } from '../../src/auth/roles'
import { CHANNEL_IDS, CHANNEL_RULES } from '../../src/platforms'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { forgetCachedApiKeysOnChange, forgetCachedApiKeysOnDelete } from './hooks/forgetCachedApiKeys'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { afterChange: [forgetCachedApiKeysOnChange], afterDelete: [forgetCachedApiKeysOnDelete] },
  auth: {
    // Channel publishers and frontends are machine users that send `users API-Key <key>`.
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 2 * 60 * 60,
    // Payload's default leaves the session cookie without Secure, so a browser would also send it
    // over plain http. Production runs behind HTTPS (docs/deploy.md); browsers still accept a Secure
    // cookie from http://localhost, where the production build is tried out. A SERVER_URL declared
    // as plain http (an intranet install) would never get the cookie back, so it goes without.
    cookies: { secure: process.env.NODE_ENV === 'production' && !process.env.SERVER_URL?.startsWith('http://'), sameSite: 'Lax' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      label: { zh: '角色', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      // Access rules read roles from the token instead of loading the user on every request.
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: {
        create: isAdmin,
        update: isAdmin,
      },
      hooks: {
        beforeChange: [ensureFirstUserIsAdmin],
      },
    },
    {
      name: 'publisherChannels',
      type: 'select',
      hasMany: true,
      label: { zh: '可读取的渠道', en: 'Channels this key may read' },
      options: CHANNEL_IDS.map((id) => ({ value: id, label: CHANNEL_RULES[id].label })),
      // A publisher must not widen its own key; only administrators set the limits.
      access: { create: isAdmin, update: isAdmin },
      admin: {
        condition: (data) => hasRole(data as { roles?: string[] }, 'publisher'),
        description: { zh: '留空表示全部渠道', en: 'Empty: every channel' },
      },
    },
    {
      name: 'publisherBrands',
      type: 'relationship',
      relationTo: 'brands',
      hasMany: true,
      label: { zh: '可读取的品牌', en: 'Brands this key may read' },
      access: { create: isAdmin, update: isAdmin },
      admin: {
        condition: (data) => hasRole(data as { roles?: string[] }, 'publisher'),
        description: { zh: '留空表示全部品牌', en: 'Empty: every brand' },
      },
    },
  ],
}
