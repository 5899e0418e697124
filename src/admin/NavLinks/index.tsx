'use client'

import { Link, NavGroup, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import type { User } from '../../payload-types'

import { hasRole, type Role } from '../../auth/roles'
import { languageOf, type Localized } from '../../i18n/localized'

const TEXT = {
  group: { zh: '工作台', en: 'Workspace' },
} satisfies Record<string, Localized>

/**
 * The admin's own views, beside Payload's collections in the nav; each path is under the admin
 * route. A link with roles is shown only to them (the view itself refuses everyone else anyway).
 */
const LINKS: readonly { path: `/${string}`; id: string; label: Localized; roles?: readonly Role[] }[] = [
  { path: '/calendar', id: 'nav-calendar', label: { zh: '内容日历', en: 'Content calendar' } },
  { path: '/kol-import', id: 'nav-kol-import', label: { zh: '达人批量导入', en: 'KOL import' }, roles: ['admin', 'kol-manager'] },
]

/** Links to the custom admin views, styled and marked as current like Payload's own nav links. */
export function NavLinks() {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const pathname = usePathname()
  const { user } = useAuth<User>()
  return (
    <NavGroup label={TEXT.group[lang]}>
      {LINKS.filter(({ roles }) => !roles || hasRole(user, ...roles)).map(({ path, id, label }) => {
        const href = `${config.routes.admin}${path}`
        const current = pathname === href || pathname.startsWith(`${href}/`)
        return (
          <Link aria-current={current ? 'page' : undefined} className="nav__link" href={href} id={id} key={id} prefetch={false}>
            {current ? <div className="nav__link-indicator" /> : null}
            <span className="nav__link-label">{label[lang]}</span>
          </Link>
        )
      })}
    </NavGroup>
  )
}
