'use client'

import { Link, NavGroup, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { languageOf, type Localized } from '../../i18n/localized'

const TEXT = {
  group: { zh: '工作台', en: 'Workspace' },
} satisfies Record<string, Localized>

/** The admin's own views, beside Payload's collections in the nav; each path is under the admin route. */
const LINKS: readonly { path: `/${string}`; id: string; label: Localized }[] = [
  { path: '/calendar', id: 'nav-calendar', label: { zh: '内容日历', en: 'Content calendar' } },
]

/** Links to the custom admin views, styled and marked as current like Payload's own nav links. */
export function NavLinks() {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const pathname = usePathname()
  return (
    <NavGroup label={TEXT.group[lang]}>
      {LINKS.map(({ path, id, label }) => {
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
