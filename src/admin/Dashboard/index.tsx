import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { Fragment } from 'react'

import type { DeliverableItem } from '../../dashboards/collaborations'
import type { VariantItem } from '../../dashboards/content'
import type { Counted, DashboardData } from '../../dashboards/loadDashboard'
import type { DashboardSection } from '../../dashboards/sections'
import type { User } from '../../payload-types'

import { formatChinaTime } from '../../calendar/chinaTime'
import { STAGE_LABELS } from '../../collaborations/stages'
import { adminDocumentUrl } from '../../dashboards/listLinks'
import { loadDashboard } from '../../dashboards/loadDashboard'
import { languageOf, type Localized } from '../../i18n/localized'
import { FORMAT_RULES } from '../../platforms/rules'
import { percent, yuan } from '../../scoring/format'
import { STATUS_LABELS } from '../../workflow'
import { CHANNEL_COLOURS, ON_CHANNEL_COLOUR } from '../shared/channelColours'
import { BarChartFigure } from './BarChartFigure'
import './styles.scss'

type Language = keyof Localized

const TEXT = {
  title: { zh: '我的工作台', en: 'My work' },
  dateLine: { zh: '北京时间', en: 'Beijing time' },
  today: { zh: '今天', en: 'Today' },
  thisWeek: { zh: '本周', en: 'This week' },
  contentGroup: { zh: '内容待办', en: 'Content to do' },
  kolGroup: { zh: '达人合作待办', en: 'KOL work to do' },
  assets: { zh: '条内容', en: 'content assets' },
  collaborations: { zh: '个合作', en: 'collaborations' },
  submissions: { zh: '条投稿', en: 'submissions' },
  moreVariants: { zh: '另有 {n} 个版本', en: '{n} more variants' },
  moreDeliverables: { zh: '另有 {n} 项交付', en: '{n} more deliverables' },
  moreCampaigns: { zh: '另有 {n} 个活动', en: '{n} more campaigns' },
  colon: { zh: '：', en: ': ' },
  submittedAt: { zh: '提交于', en: 'Submitted' },
  returnedAt: { zh: '退回于', en: 'Returned' },
  returnedBy: { zh: '退回人', en: 'By' },
  reason: { zh: '理由', en: 'Reason' },
  changedAt: { zh: '更新于', en: 'Updated' },
  dueThisWeek: { zh: '本周到期', en: 'Due this week' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  due: { zh: '交付日', en: 'Due' },
  stage: { zh: '阶段', en: 'Stage' },
  count: { zh: '数量', en: 'Count' },
  activeTotal: { zh: '进行中的合作（不含已取消）', en: 'Collaborations in the pipeline (cancelled not included)' },
  campaign: { zh: '活动', en: 'Campaign' },
  committed: { zh: '已签约', en: 'Committed' },
  budget: { zh: '预算', en: 'Budget' },
  remaining: { zh: '剩余', en: 'Remaining' },
  used: { zh: '使用率', en: 'Used' },
  overBudget: { zh: '超出预算', en: 'Over budget' },
  spendCaption: {
    zh: '已签约费用与预算（元），点击金额或柱条查看已签约的合作',
    en: 'Committed spend against budget (CNY); open an amount or a bar for the contracted collaborations',
  },
  funnelCaption: {
    zh: '各阶段的合作数，点击数字或柱条查看该阶段的合作',
    en: 'Collaborations per stage; open a number or a bar for that stage’s collaborations',
  },
  funnelTable: { zh: '各阶段合作数', en: 'Collaborations per stage' },
  spendTable: { zh: '各活动预算使用', en: 'Budget use per campaign' },
  oldest: { zh: '最早一条', en: 'Oldest' },
  failed: { zh: '这部分暂时无法加载，请稍后刷新页面。', en: 'This part could not be loaded; please reload the page later.' },
} satisfies Record<string, Localized>

const SECTION_TEXT: Record<DashboardSection, { title: Localized; empty: Localized }> = {
  returnedDrafts: { title: { zh: '退回修改', en: 'Returned for changes' }, empty: { zh: '暂无退回的稿件', en: 'Nothing returned to you' } },
  complianceHits: { title: { zh: '合规问题', en: 'Compliance issues' }, empty: { zh: '暂无待处理的合规问题', en: 'No compliance issues to fix' } },
  reviewQueue: { title: { zh: '待审核', en: 'Waiting for review' }, empty: { zh: '暂无待审内容', en: 'Nothing waiting for review' } },
  approvedUnscheduled: { title: { zh: '已通过待排期', en: 'Approved, not scheduled' }, empty: { zh: '暂无待排期内容', en: 'Nothing waiting to be scheduled' } },
  todaySchedule: { title: { zh: '今日排期', en: 'Today’s schedule' }, empty: { zh: '今天没有排期', en: 'Nothing scheduled today' } },
  funnel: { title: { zh: '合作漏斗', en: 'Collaboration funnel' }, empty: { zh: '暂无合作', en: 'No collaborations yet' } },
  deliverables: { title: { zh: '本周交付', en: 'Deliverables this week' }, empty: { zh: '本周没有待交付的内容', en: 'Nothing due this week' } },
  spend: { title: { zh: '活动预算', en: 'Spend vs budget' }, empty: { zh: '暂无设定预算的进行中活动', en: 'No active campaign with a budget' } },
  ugcQueue: { title: { zh: '待审核投稿', en: 'UGC awaiting moderation' }, empty: { zh: '暂无待审核投稿', en: 'No submissions waiting' } },
}

const CONTENT_SECTIONS: readonly DashboardSection[] = ['returnedDrafts', 'complianceHits', 'reviewQueue', 'approvedUnscheduled', 'todaySchedule']

/** Items listed per section; the section's number opens the full list. */
const ITEMS_SHOWN = 5

/** Bars at WCAG's 3:1 for graphics on both the light and the dark admin theme. */
const BAR_COLOUR = '#3b7dd8'
const BUDGET_COLOUR = '#7b8794'
const OVER_BUDGET_COLOUR = '#d6334a'

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

/** MM-DD HH:mm, Beijing time. */
const shortTime = (at: string | null) => (at ? formatChinaTime(new Date(at)).slice(5) : '—')

/** The number and what it counts, as one link to the list it counts (plain text when there is nothing to open). */
function CountLink({ total, unit, lang, label }: { total: Counted; unit: Localized; lang: Language; label?: Localized }) {
  const value = `${total.count}${total.capped ? '+' : ''}`
  const content = (
    <>
      {label ? <span className="role-dashboard__count-label">{label[lang]}</span> : null}
      <span className="role-dashboard__count-value">{value}</span> <span className="role-dashboard__count-unit">{unit[lang]}</span>
    </>
  )
  return total.count > 0 ? (
    <a className="role-dashboard__count" href={total.href}>
      {content}
    </a>
  ) : (
    <span className="role-dashboard__count role-dashboard__count--zero">{content}</span>
  )
}

function ChannelChip({ item, lang }: { item: Pick<VariantItem, 'format' | 'channel'>; lang: Language }) {
  return (
    <span className="role-dashboard__chip" style={{ background: CHANNEL_COLOURS[item.channel], color: ON_CHANNEL_COLOUR }}>
      {FORMAT_RULES[item.format].label[lang]}
    </span>
  )
}

function Card({ section, lang, wide, children }: { section: DashboardSection; lang: Language; wide?: boolean; children: ReactNode }) {
  const headingId = `role-dashboard-${section}`
  return (
    <section aria-labelledby={headingId} className={`role-dashboard__card${wide ? ' role-dashboard__card--wide' : ''}`} data-section={section}>
      <h4 className="role-dashboard__card-title" id={headingId}>
        {SECTION_TEXT[section].title[lang]}
      </h4>
      {children}
    </section>
  )
}

function Empty({ section, lang }: { section: DashboardSection; lang: Language }) {
  return <p className="role-dashboard__empty">{SECTION_TEXT[section].empty[lang]}</p>
}

/** What the section leaves out, as a link to the list that shows it all. */
function MoreLink({ hidden, href, text, lang }: { hidden: number; href: string; text: Localized; lang: Language }) {
  return hidden > 0 ? (
    <p className="role-dashboard__more">
      <a href={href}>{fill(text[lang], { n: hidden })}</a>
    </p>
  ) : null
}

/**
 * Variants of a content section, each opening its asset, with what the section says about it. The
 * headline counts assets (what the list shows); what is left out here is counted in variants.
 */
function VariantList({
  items,
  lang,
  adminRoute,
  listHref,
  meta,
}: {
  items: VariantItem[]
  lang: Language
  adminRoute: string
  listHref: string
  meta: (item: VariantItem) => ReactNode
}) {
  return (
    <>
      <ul className="role-dashboard__items">
        {items.slice(0, ITEMS_SHOWN).map((item) => (
          <li className="role-dashboard__item" key={`${item.assetId}-${item.variantId ?? item.format}`}>
            <ChannelChip item={item} lang={lang} />
            <a href={adminDocumentUrl(adminRoute, 'content-assets', item.assetId)}>{item.title}</a>
            <div className="role-dashboard__meta">{meta(item)}</div>
          </li>
        ))}
      </ul>
      <MoreLink hidden={items.length - ITEMS_SHOWN} href={listHref} lang={lang} text={TEXT.moreVariants} />
    </>
  )
}

function ContentCard({
  section,
  data,
  lang,
  adminRoute,
  meta,
}: {
  section: DashboardSection
  data: { total: Counted; items: VariantItem[] }
  lang: Language
  adminRoute: string
  meta: (item: VariantItem) => ReactNode
}) {
  return (
    <Card lang={lang} section={section}>
      <CountLink lang={lang} total={data.total} unit={TEXT.assets} />
      {data.items.length === 0 ? (
        <Empty lang={lang} section={section} />
      ) : (
        <VariantList adminRoute={adminRoute} items={data.items} lang={lang} listHref={data.total.href} meta={meta} />
      )}
    </Card>
  )
}

function FunnelCard({ data, lang }: { data: NonNullable<DashboardData['funnel']>; lang: Language }) {
  const rows = [...data.pipeline, data.cancelled]
  return (
    <Card lang={lang} section="funnel" wide>
      <p className="role-dashboard__summary">
        {TEXT.activeTotal[lang]}
        {TEXT.colon[lang]}
        <strong>{data.active}</strong>
      </p>
      {data.active + data.cancelled.count === 0 ? (
        <Empty lang={lang} section="funnel" />
      ) : (
        <figure className="role-dashboard__figure">
          <figcaption>{TEXT.funnelCaption[lang]}</figcaption>
          <div className="role-dashboard__figure-body">
            <BarChartFigure
              bars={data.pipeline.map(({ stage, count, href }) => ({ key: stage, label: STAGE_LABELS[stage][lang], value: count, href, colour: BAR_COLOUR }))}
              labelWidth={lang === 'zh' ? 84 : 132}
            />
            <table aria-label={TEXT.funnelTable[lang]} className="role-dashboard__table">
              <thead>
                <tr>
                  <th scope="col">{TEXT.stage[lang]}</th>
                  <th scope="col">{TEXT.count[lang]}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ stage, count, href }) => (
                  <tr className={stage === 'cancelled' ? 'role-dashboard__row--apart' : undefined} key={stage}>
                    <th scope="row">{STAGE_LABELS[stage][lang]}</th>
                    <td>{count > 0 ? <a href={href}>{count}</a> : count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      )}
    </Card>
  )
}

function DeliverablesCard({ data, lang, adminRoute }: { data: NonNullable<DashboardData['deliverables']>; lang: Language; adminRoute: string }) {
  return (
    <Card lang={lang} section="deliverables">
      <div className="role-dashboard__counts">
        <CountLink label={TEXT.dueThisWeek} lang={lang} total={data.dueThisWeek} unit={TEXT.collaborations} />
        <CountLink label={TEXT.overdue} lang={lang} total={data.overdue} unit={TEXT.collaborations} />
      </div>
      {data.items.length === 0 ? (
        <Empty lang={lang} section="deliverables" />
      ) : (
        <>
          <ul className="role-dashboard__items">
            {data.items.slice(0, ITEMS_SHOWN).map((item: DeliverableItem) => (
              <li
                className={`role-dashboard__item${item.overdue ? ' role-dashboard__item--overdue' : ''}`}
                key={`${item.collaborationId}-${item.deliverableId ?? item.dueDate}`}
              >
                <a href={adminDocumentUrl(adminRoute, 'collaborations', item.collaborationId)}>
                  {item.kol} × {item.campaign}
                </a>
                <div className="role-dashboard__meta">
                  {FORMAT_RULES[item.format]?.label[lang] ?? item.format} · {TEXT.due[lang]} {item.dueDay}
                  {item.overdue ? <strong className="role-dashboard__flag"> · {TEXT.overdue[lang]}</strong> : null}
                </div>
              </li>
            ))}
          </ul>
          <MoreLink hidden={data.items.length - ITEMS_SHOWN} href={data.itemsHref} lang={lang} text={TEXT.moreDeliverables} />
        </>
      )}
    </Card>
  )
}

function SpendCard({ data, lang, adminRoute }: { data: NonNullable<DashboardData['spend']>; lang: Language; adminRoute: string }) {
  return (
    <Card lang={lang} section="spend" wide>
      {data.rows.length === 0 ? (
        <Empty lang={lang} section="spend" />
      ) : (
        <figure className="role-dashboard__figure">
          <figcaption>{TEXT.spendCaption[lang]}</figcaption>
          <div className="role-dashboard__figure-body">
            <div>
              <p aria-hidden="true" className="role-dashboard__legend">
                <span className="role-dashboard__swatch" style={{ background: BAR_COLOUR }} /> {TEXT.committed[lang]}
                <span className="role-dashboard__swatch" style={{ background: BUDGET_COLOUR }} /> {TEXT.budget[lang]}
                <span className="role-dashboard__swatch" style={{ background: OVER_BUDGET_COLOUR }} /> {TEXT.overBudget[lang]}
              </p>
              <BarChartFigure
                bars={data.rows.map((row) => ({
                  key: String(row.campaignId),
                  label: row.name,
                  value: row.committed,
                  href: row.committedHref,
                  colour: row.overBudget ? OVER_BUDGET_COLOUR : BAR_COLOUR,
                }))}
                beside={{ values: data.rows.map((row) => row.budget), colour: BUDGET_COLOUR }}
                labelWidth={160}
                unit="yuan"
              />
            </div>
            <table aria-label={TEXT.spendTable[lang]} className="role-dashboard__table">
              <thead>
                <tr>
                  <th scope="col">{TEXT.campaign[lang]}</th>
                  <th scope="col">{TEXT.committed[lang]}</th>
                  <th scope="col">{TEXT.budget[lang]}</th>
                  <th scope="col">{TEXT.remaining[lang]}</th>
                  <th scope="col">{TEXT.used[lang]}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={String(row.campaignId)}>
                    <th scope="row">
                      <a href={adminDocumentUrl(adminRoute, 'campaigns', row.campaignId)}>{row.name}</a>
                    </th>
                    <td>{row.committed > 0 ? <a href={row.committedHref}>{yuan(row.committed)}</a> : yuan(row.committed)}</td>
                    <td>{yuan(row.budget)}</td>
                    <td>{yuan(row.remaining)}</td>
                    <td>
                      {percent(row.share)}
                      {row.overBudget ? <strong className="role-dashboard__flag"> · {TEXT.overBudget[lang]}</strong> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <MoreLink hidden={data.total.count - data.rows.length} href={data.total.href} lang={lang} text={TEXT.moreCampaigns} />
        </figure>
      )}
    </Card>
  )
}

function UgcCard({ data, lang, adminRoute }: { data: NonNullable<DashboardData['ugcQueue']>; lang: Language; adminRoute: string }) {
  return (
    <Card lang={lang} section="ugcQueue">
      <CountLink lang={lang} total={data.total} unit={TEXT.submissions} />
      {data.oldest ? (
        <p className="role-dashboard__meta">
          {TEXT.oldest[lang]}
          {TEXT.colon[lang]}
          <a href={adminDocumentUrl(adminRoute, 'ugc-submissions', data.oldest.id)}>{data.oldest.title}</a> · {TEXT.submittedAt[lang]}{' '}
          {shortTime(data.oldest.createdAt)}
        </p>
      ) : (
        <Empty lang={lang} section="ugcQueue" />
      )}
    </Card>
  )
}

/**
 * The signed-in user's dashboard above Payload's collection cards (admin.components.beforeDashboard):
 * for each of their roles what waits for them, every number a link to the list it counts. Read on
 * the server with the user's own access (src/dashboards/loadDashboard.ts).
 */
export async function RoleDashboard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = languageOf(i18n)
  const adminRoute = payload.config.routes.admin
  const data = await loadDashboard(payload, user as User)
  if (data.sections.length === 0) return null

  const status = (item: VariantItem) => STATUS_LABELS[item.status][lang]
  const cards: Record<DashboardSection, () => ReactNode> = {
    returnedDrafts: () => (
      <ContentCard
        adminRoute={adminRoute}
        data={data.returnedDrafts!}
        lang={lang}
        meta={(item) => (
          <>
            {TEXT.returnedAt[lang]} {shortTime(item.at)}
            {item.by ? ` · ${TEXT.returnedBy[lang]} ${item.by}` : ''}
            {item.reason ? (
              <p className="role-dashboard__reason">
                {TEXT.reason[lang]}
                {TEXT.colon[lang]}
                {item.reason}
              </p>
            ) : null}
          </>
        )}
        section="returnedDrafts"
      />
    ),
    complianceHits: () => (
      <ContentCard
        adminRoute={adminRoute}
        data={data.complianceHits!}
        lang={lang}
        meta={(item) => (
          <>
            {status(item)}
            <ul className="role-dashboard__hits">
              {(item.hits ?? []).map((hit) => (
                <li key={`${hit.rule}-${hit.term}`}>{hit.message[lang]}</li>
              ))}
            </ul>
          </>
        )}
        section="complianceHits"
      />
    ),
    reviewQueue: () => (
      <ContentCard
        adminRoute={adminRoute}
        data={data.reviewQueue!}
        lang={lang}
        meta={(item) => `${TEXT.submittedAt[lang]} ${shortTime(item.at)}${item.by ? ` · ${item.by}` : ''}`}
        section="reviewQueue"
      />
    ),
    approvedUnscheduled: () => (
      <ContentCard
        adminRoute={adminRoute}
        data={data.approvedUnscheduled!}
        lang={lang}
        meta={(item) => `${TEXT.changedAt[lang]} ${shortTime(item.at)}`}
        section="approvedUnscheduled"
      />
    ),
    todaySchedule: () => (
      <ContentCard
        adminRoute={adminRoute}
        data={data.todaySchedule!}
        lang={lang}
        meta={(item) => (
          <>
            <time className="role-dashboard__time" dateTime={item.at ?? undefined}>
              {item.at ? formatChinaTime(new Date(item.at)).slice(11) : '—'}
            </time>{' '}
            · {status(item)}
          </>
        )}
        section="todaySchedule"
      />
    ),
    funnel: () => <FunnelCard data={data.funnel!} lang={lang} />,
    deliverables: () => <DeliverablesCard adminRoute={adminRoute} data={data.deliverables!} lang={lang} />,
    spend: () => <SpendCard adminRoute={adminRoute} data={data.spend!} lang={lang} />,
    ugcQueue: () => <UgcCard adminRoute={adminRoute} data={data.ugcQueue!} lang={lang} />,
  }
  const groups = [
    { title: TEXT.contentGroup, sections: data.sections.filter((section) => CONTENT_SECTIONS.includes(section)) },
    { title: TEXT.kolGroup, sections: data.sections.filter((section) => !CONTENT_SECTIONS.includes(section)) },
  ].filter((group) => group.sections.length > 0)

  return (
    <section aria-labelledby="role-dashboard-title" className="role-dashboard">
      <header className="role-dashboard__header">
        <h2 id="role-dashboard-title">{TEXT.title[lang]}</h2>
        <p className="role-dashboard__dates">
          {TEXT.today[lang]} {data.today} · {TEXT.thisWeek[lang]} {data.week.first} – {data.week.last} · {TEXT.dateLine[lang]}
        </p>
      </header>
      {groups.map((group) => (
        <div className="role-dashboard__group" key={group.title.en}>
          <h3 className="role-dashboard__group-title">{group.title[lang]}</h3>
          <div className="role-dashboard__grid">
            {group.sections.map((section) => (
              <Fragment key={section}>
                {data.failed.includes(section) ? (
                  <Card lang={lang} section={section}>
                    <p className="role-dashboard__failed">{TEXT.failed[lang]}</p>
                  </Card>
                ) : (
                  cards[section]()
                )}
              </Fragment>
            ))}
          </div>
        </div>
      ))}
    </section>
  )
}
