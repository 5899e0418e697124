import { hasRole, type Role } from '../auth/roles'

/** Every section of the dashboard, in the order it shows them: content work first, then KOL work. */
export const DASHBOARD_SECTIONS = [
  'returnedDrafts',
  'complianceHits',
  'reviewQueue',
  'approvedUnscheduled',
  'todaySchedule',
  'funnel',
  'deliverables',
  'spend',
  'ugcQueue',
] as const

export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number]

/** What each role waits on (issue 7); administrators see every section. */
const SECTIONS_BY_ROLE: Partial<Record<Role, readonly DashboardSection[]>> = {
  editor: ['returnedDrafts', 'reviewQueue', 'todaySchedule', 'complianceHits'],
  reviewer: ['reviewQueue', 'todaySchedule', 'approvedUnscheduled'],
  'kol-manager': ['funnel', 'deliverables', 'spend', 'ugcQueue'],
}

/** The sections of a user with these roles: each of their roles' sections, once, in dashboard order. */
export function sectionsFor(user: { roles?: readonly string[] | null } | null | undefined): DashboardSection[] {
  if (hasRole(user, 'admin')) return [...DASHBOARD_SECTIONS]
  return DASHBOARD_SECTIONS.filter((section) =>
    Object.entries(SECTIONS_BY_ROLE).some(([role, sections]) => hasRole(user, role as Role) && sections.includes(section)),
  )
}
