import { Gutter } from '@payloadcms/ui'

import type { Localized } from '../../i18n/localized'

const TEXT = {
  title: { zh: '仅限达人经理和管理员', en: 'For KOL managers and administrators' },
  body: {
    zh: '达人匹配、合作看板和活动报告含有报价、费用和预算，只对达人经理和管理员开放。',
    en: 'KOL fit, the pipeline and the report hold rates, fees and budgets, so only KOL managers and administrators may open them.',
  },
} satisfies Record<string, Localized>

/** What anyone else sees at a campaign view's address (the tabs are not shown to them at all). */
export const ManagersOnly = ({ lang }: { lang: keyof Localized }) => (
  <Gutter>
    <section className="campaign-view campaign-view--refused" aria-labelledby="campaign-view-refused">
      <h2 id="campaign-view-refused">{TEXT.title[lang]}</h2>
      <p>{TEXT.body[lang]}</p>
    </section>
  </Gutter>
)
