import type { CollectionConfig } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { COLLABORATION_STAGES, STAGE_LABELS } from '../../src/collaborations/stages'
import { UGC_STATUS_LABELS, UGC_STATUSES } from '../../src/ugc/moderation'
import { CONTENT_STATUSES, STATUS_LABELS } from '../../src/workflow'
import { refuseDeletes, refuseUpdates } from './hooks/refuseChanges'

/**
 * Content statuses, collaboration stages and UGC moderation statuses, each value once (they share
 * `approved`, `published` and `rejected`), and `erased` for a PIPL deletion.
 */
const statusOptions = [
  ...CONTENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  ...COLLABORATION_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
  ...UGC_STATUSES.map((status) => ({ value: status, label: UGC_STATUS_LABELS[status] })),
  { value: 'erased', label: { zh: '个人信息已删除', en: 'Personal data erased' } },
].filter((option, index, options) => options.findIndex(({ value }) => value === option.value) === index)

/**
 * Append-only record of every workflow transition, collaboration stage move and UGC decision (SPEC §4, §5, §7): who, when, what, from, to, why.
 * Entries are written by hooks inside the request's transaction, so a failed change leaves none.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  labels: { singular: { zh: '审计日志', en: 'Audit entry' }, plural: { zh: '审计日志', en: 'Audit log' } },
  admin: {
    defaultColumns: ['createdAt', 'actor', 'documentTitle', 'format', 'from', 'to', 'reason'],
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'documentTitle',
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseUpdates], beforeDelete: [refuseDeletes] },
  timestamps: true,
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'User' }, index: true },
    {
      name: 'actor',
      type: 'text',
      required: true,
      label: { zh: '操作方', en: 'Actor' },
      admin: { description: { zh: '用户邮箱，或定时任务 system', en: 'The user’s email, or system for the scheduled job' } },
    },
    { name: 'targetCollection', type: 'text', required: true, label: { zh: '集合', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '文档 ID', en: 'Document ID' } },
    { name: 'documentTitle', type: 'text', label: { zh: '文档', en: 'Document' } },
    { name: 'variantId', type: 'text', label: { zh: '平台版本 ID', en: 'Variant ID' } },
    { name: 'format', type: 'text', label: { zh: '平台格式', en: 'Format' } },
    { name: 'from', type: 'select', options: statusOptions, label: { zh: '原状态', en: 'From' } },
    { name: 'to', type: 'select', options: statusOptions, required: true, label: { zh: '新状态', en: 'To' } },
    { name: 'reason', type: 'textarea', label: { zh: '理由', en: 'Reason' } },
    { name: 'overriddenIssuesView', type: 'ui', admin: { components: { Field: '/src/admin/OverriddenIssues#OverriddenIssues' } } },
    {
      name: 'overriddenIssues',
      type: 'json',
      label: { zh: '被强制忽略的合规问题', en: 'Overridden compliance issues' },
      // Shown by overriddenIssuesView.
      admin: { hidden: true },
    },
  ],
}
