import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { Campaign } from '../../payload-types'

import { canManageKols } from '../../access/canManageKols'
import { campaignUgcWhere } from '../../campaigns/report'
import { languageOf } from '../../i18n/localized'
import { idOf } from '../../refs/idOf'
import { ManagersOnly } from '../CampaignShared/ManagersOnly'
import { ReportCharts } from './ReportCharts'

/**
 * The campaign's report (issue 7): campaignReport's figures as charts, plus accepted shopper UGC
 * against the campaign's UGC target when it has one (counted here, with the user's access).
 */
export async function CampaignReportView({ doc, initPageResult, i18n }: DocumentViewServerProps) {
  const { req } = initPageResult
  const lang = languageOf(i18n)
  if (!canManageKols({ req })) return <ManagersOnly lang={lang} />
  const campaign = doc as Campaign
  const ugcTarget = campaign.kpis?.ugcCount ?? null
  const brand = idOf(campaign.brand)
  const ugc =
    ugcTarget && brand !== null
      ? {
          target: ugcTarget,
          actual: (
            await req.payload.count({
              collection: 'ugc-submissions',
              where: campaignUgcWhere({
                brand,
                products: (campaign.products ?? []).map(idOf).filter((id) => id !== null),
                startDate: campaign.startDate ?? null,
                endDate: campaign.endDate ?? null,
              }),
              overrideAccess: false,
              user: req.user,
              req,
            })
          ).totalDocs,
        }
      : null
  return (
    <Gutter>
      <ReportCharts campaignId={campaign.id} ugc={ugc} />
    </Gutter>
  )
}
