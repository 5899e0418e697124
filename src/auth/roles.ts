/**
 * The five roles of SPEC §1. A user may hold several (a small brand team often has one person
 * who both edits and reviews). Labels are shown in the admin in the editor's language.
 */
export const ROLES = ['admin', 'editor', 'reviewer', 'kol-manager', 'publisher'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '内容编辑', en: 'Content editor' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  'kol-manager': { zh: '达人经理', en: 'KOL manager' },
  publisher: { zh: '渠道发布方（API）', en: 'Channel publisher (API)' },
}

/** Roles of people who work in the admin UI; publishers are machine users and only use the API. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'editor', 'reviewer', 'kol-manager']

type UserWithRoles = { roles?: readonly string[] | null } | null | undefined

export const hasRole = (user: UserWithRoles, ...roles: readonly Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))
