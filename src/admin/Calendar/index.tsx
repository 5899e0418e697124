import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import type { BrandPostingWindow } from '../../calendar/postingTimes'

import { isStaff } from '../../access/isStaff'
import { chinaDayOf } from '../../calendar/chinaTime'
import { CalendarClient } from './CalendarClient'

/**
 * /admin/calendar: the content calendar inside Payload's own frame (nav and header). Custom root
 * views are rendered for anyone who asks, so the view itself sends visitors to the login and
 * keeps out users who are not staff.
 */
export async function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/calendar`)}`)
  if (!isStaff({ req })) redirect(`${adminRoute}/unauthorized`)

  const { docs } = await payload.find({
    collection: 'brands',
    select: { name: true, postingWindows: true },
    depth: 0,
    limit: 200,
    sort: 'name',
    overrideAccess: false,
    user,
    req,
  })
  const brands = docs.map((brand) => ({
    id: String(brand.id),
    name: brand.name,
    postingWindows: (brand.postingWindows ?? []).map(({ channel, fromHour, toHour }) => ({ channel, fromHour, toHour }) satisfies BrandPostingWindow),
  }))

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <CalendarClient brands={brands} today={chinaDayOf(new Date())} />
      </Gutter>
    </DefaultTemplate>
  )
}
