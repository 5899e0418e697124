'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useId, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'

import type { Localized } from '../../i18n/localized'

import { CAMPAIGN_REPORT_QUERY, type ReportQueryAnswer } from '../../campaigns/queries'
import { kolEfficiency, kpiProgress, platformMix, type KpiProgress, type ReportAnswer } from '../../campaigns/report'
import { languageOf } from '../../i18n/localized'
import { percent, yuan } from '../../scoring/format'
import { queryGraphQL, useApiUrls } from '../CampaignShared/api'
import { ErrorMessages } from '../CampaignShared/ErrorMessages'
import { compactCount, fullCount } from '../CampaignShared/format'
import '../CampaignShared/styles.scss'

const TEXT = {
  title: { zh: '活动报告', en: 'Campaign report' },
  intro: {
    zh: '效果数据取自已发布合作的最新数据快照；费用按已发布的合作计。',
    en: 'Results come from the latest metric snapshot of each published collaboration; spend counts the published ones.',
  },
  loading: { zh: '正在加载报告…', en: 'Loading the report…' },
  failed: { zh: '报告加载失败，请稍后再试。', en: 'The report could not be loaded; try again later.' },
  totals: { zh: '总体效果', en: 'Totals' },
  spend: { zh: '已发布合作费用', en: 'Spend on published posts' },
  reach: { zh: '曝光', en: 'Reach' },
  engagements: { zh: '互动', en: 'Engagements' },
  gmv: { zh: 'GMV', en: 'GMV' },
  cpe: { zh: 'CPE', en: 'CPE' },
  roi: { zh: 'ROI', en: 'ROI' },
  kpis: { zh: 'KPI 进度', en: 'KPI progress' },
  noKpis: { zh: '本活动未设 KPI 目标。', en: 'The campaign sets no KPI targets.' },
  target: { zh: '目标', en: 'target' },
  noActual: { zh: '暂无数据', en: 'no data yet' },
  lowerIsBetter: { zh: '越低越好', en: 'lower is better' },
  overBudget: { zh: '已超出预算', en: 'over budget' },
  cpeByKol: { zh: '每位达人的 CPE（元/互动）', en: 'CPE per KOL (CNY per engagement)' },
  roiByKol: { zh: '每位达人的 ROI（GMV ÷ 费用）', en: 'ROI per KOL (GMV ÷ fee)' },
  targetCpe: { zh: '目标 CPE', en: 'Target CPE' },
  breakEven: { zh: '回本线', en: 'Break-even' },
  noResults: { zh: '还没有已发布并录入数据的合作。', en: 'No published collaboration with results yet.' },
  kol: { zh: '达人', en: 'KOL' },
  mixSpend: { zh: '平台分布（已发布合作费用）', en: 'Platform mix (spend on published posts)' },
  mixCollaborations: { zh: '平台分布（合作数）', en: 'Platform mix (collaborations)' },
  platform: { zh: '平台', en: 'Platform' },
  share: { zh: '占比', en: 'Share' },
  collaborations: { zh: '合作数', en: 'Collaborations' },
  noMix: { zh: '还没有合作。', en: 'No collaborations yet.' },
  funnel: { zh: '合作漏斗（各阶段合作数）', en: 'Pipeline funnel (collaborations per stage)' },
  stage: { zh: '阶段', en: 'Stage' },
  chartSummary: { zh: '图表数据见下表', en: 'The chart’s data is in the table below' },
} satisfies Record<string, Localized>

type Props = { campaignId: number | string; ugc: { target: number; actual: number } | null }

const CHART_COLOUR = '#1f5fa8'
const REFERENCE_COLOUR = '#a84300'

const formatValue = (value: number, unit: KpiProgress['unit'], lang: keyof Localized) => (unit === 'yuan' ? yuan(value) : fullCount(value, lang))

/** The campaign's report, read from campaignReport with the admin's session and drawn with recharts. */
export const ReportCharts = ({ campaignId, ugc }: Props) => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { graphQL } = useApiUrls()
  const [report, setReport] = useState<ReportAnswer | null>(null)
  const [error, setError] = useState<string[] | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    queryGraphQL<ReportQueryAnswer>(graphQL, CAMPAIGN_REPORT_QUERY, { campaign: String(campaignId) }, TEXT.failed[lang], controller.signal)
      .then((result) => (result.ok ? setReport(result.data.campaignReport) : setError(result.messages)))
      .catch(() => undefined)
    return () => controller.abort()
  }, [campaignId, graphQL, lang])

  return (
    <div className="campaign-view campaign-report" aria-busy={!report && !error}>
      <div className="campaign-view__header">
        <h2>{TEXT.title[lang]}</h2>
        <p>{TEXT.intro[lang]}</p>
      </div>
      <ErrorMessages messages={error} />
      {!report && !error ? <p aria-live="polite">{TEXT.loading[lang]}</p> : null}
      {report ? <Report report={report} ugc={ugc} lang={lang} /> : null}
    </div>
  )
}

const Report = ({ report, ugc, lang }: { report: ReportAnswer; ugc: Props['ugc']; lang: keyof Localized }) => {
  const kpis = kpiProgress(report, ugc)
  const efficiency = kolEfficiency(report.byKol)
  const mix = platformMix(report.byPlatform)
  const targetCpe = report.kpis.find((row) => row.kpi === 'cpe')?.target ?? null
  const { totals } = report
  const mixTotal = mix.shares.reduce((sum, share) => sum + share.value, 0)
  const mixValue = (value: number) => (mix.measure === 'spend' ? yuan(value) : fullCount(value, lang))
  const funnel = report.funnel.map((step) => ({ stage: step.stage, label: step.label[lang], count: step.count }))

  return (
    <>
      <section className="campaign-report__section" aria-labelledby="report-totals">
        <h3 id="report-totals">{TEXT.totals[lang]}</h3>
        <dl className="campaign-report__totals">
          <Figure label={TEXT.spend[lang]} value={yuan(totals.spend)} />
          <Figure label={TEXT.reach[lang]} value={compactCount(totals.reach, lang)} />
          <Figure label={TEXT.engagements[lang]} value={compactCount(totals.engagements, lang)} />
          <Figure label={TEXT.gmv[lang]} value={yuan(totals.gmv)} />
          <Figure label={TEXT.cpe[lang]} value={totals.cpe === null ? '—' : yuan(totals.cpe)} />
          <Figure label={TEXT.roi[lang]} value={totals.roi === null ? '—' : totals.roi.toFixed(2)} />
        </dl>
      </section>

      <section className="campaign-report__section" aria-labelledby="report-kpis">
        <h3 id="report-kpis">{TEXT.kpis[lang]}</h3>
        {kpis.length === 0 ? <p>{TEXT.noKpis[lang]}</p> : null}
        <ul className="kpi-progress">
          {kpis.map((row) => {
            const actual = row.actual === null ? TEXT.noActual[lang] : formatValue(row.actual, row.unit, lang)
            const text = `${actual} / ${TEXT.target[lang]} ${formatValue(row.target, row.unit, lang)}${row.progress !== null ? ` (${percent(row.progress)})` : ''}`
            return (
              <li key={row.kpi} className={row.overTarget ? 'kpi-progress__row kpi-progress__row--over' : 'kpi-progress__row'} data-kpi={row.kpi}>
                <span className="kpi-progress__label" id={`kpi-${row.kpi}`}>
                  {row.label[lang]}
                  {row.lowerIsBetter ? <span className="kpi-progress__hint">（{TEXT.lowerIsBetter[lang]}）</span> : null}
                </span>
                <div
                  className="kpi-progress__bar"
                  role="progressbar"
                  aria-labelledby={`kpi-${row.kpi}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(row.fill * 100)}
                  aria-valuetext={text}
                >
                  <span style={{ width: `${row.fill * 100}%` }} />
                </div>
                <span className="kpi-progress__value">
                  {text}
                  {row.overTarget ? ` · ${TEXT.overBudget[lang]}` : ''}
                </span>
              </li>
            )
          })}
        </ul>
      </section>

      <div className="campaign-report__charts">
        <ChartFigure
          id="report-funnel"
          title={TEXT.funnel[lang]}
          lang={lang}
          empty={funnel.every((step) => step.count === 0) ? TEXT.noMix[lang] : null}
          table={{ head: [TEXT.stage[lang], TEXT.collaborations[lang]], rows: funnel.map((step) => [step.label, fullCount(step.count, lang)]) }}
        >
          <BarChart
            responsive
            layout="vertical"
            style={{ width: '100%', height: 32 * funnel.length + 40 }}
            data={funnel}
            accessibilityLayer={false}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={96} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => fullCount(Number(value), lang)} />
            <Bar dataKey="count" name={TEXT.collaborations[lang]} fill={CHART_COLOUR} isAnimationActive={false} />
          </BarChart>
        </ChartFigure>

        <ChartFigure
          id="report-cpe"
          title={TEXT.cpeByKol[lang]}
          lang={lang}
          empty={efficiency.length === 0 ? TEXT.noResults[lang] : null}
          table={{
            head: [TEXT.kol[lang], TEXT.cpe[lang]],
            rows: efficiency.map((row) => [row.kolName, row.cpe === null ? '—' : yuan(row.cpe)]),
          }}
        >
          <BarChart
            responsive
            style={{ width: '100%', height: 280 }}
            data={efficiency}
            accessibilityLayer={false}
            margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="kolName" interval={0} tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(value: number) => `¥${value}`} width={56} />
            <Tooltip formatter={(value) => yuan(Number(value))} />
            {targetCpe !== null ? (
              <ReferenceLine
                y={targetCpe}
                stroke={REFERENCE_COLOUR}
                strokeDasharray="6 3"
                label={{ value: `${TEXT.targetCpe[lang]} ${yuan(targetCpe)}`, position: 'insideTopRight', fill: REFERENCE_COLOUR }}
              />
            ) : null}
            <Bar dataKey="cpe" name={TEXT.cpe[lang]} fill={CHART_COLOUR} isAnimationActive={false} />
          </BarChart>
        </ChartFigure>

        <ChartFigure
          id="report-roi"
          title={TEXT.roiByKol[lang]}
          lang={lang}
          empty={efficiency.length === 0 ? TEXT.noResults[lang] : null}
          table={{ head: [TEXT.kol[lang], TEXT.roi[lang]], rows: efficiency.map((row) => [row.kolName, row.roi === null ? '—' : row.roi.toFixed(2)]) }}
        >
          <BarChart
            responsive
            style={{ width: '100%', height: 280 }}
            data={efficiency}
            accessibilityLayer={false}
            margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="kolName" interval={0} tick={{ fontSize: 12 }} />
            <YAxis width={40} />
            <Tooltip formatter={(value) => Number(value).toFixed(2)} />
            <ReferenceLine
              y={1}
              stroke={REFERENCE_COLOUR}
              strokeDasharray="6 3"
              label={{ value: TEXT.breakEven[lang], position: 'insideTopRight', fill: REFERENCE_COLOUR }}
            />
            <Bar dataKey="roi" name={TEXT.roi[lang]} fill="#2e7031" isAnimationActive={false} />
          </BarChart>
        </ChartFigure>

        <ChartFigure
          id="report-mix"
          title={mix.measure === 'spend' ? TEXT.mixSpend[lang] : TEXT.mixCollaborations[lang]}
          lang={lang}
          empty={mix.shares.length === 0 ? TEXT.noMix[lang] : null}
          table={{
            head: [TEXT.platform[lang], mix.measure === 'spend' ? TEXT.spend[lang] : TEXT.collaborations[lang], TEXT.share[lang]],
            rows: mix.shares.map((share) => [share.label[lang], mixValue(share.value), percent(share.value / mixTotal)]),
          }}
        >
          <PieChart responsive style={{ width: '100%', height: 280 }} accessibilityLayer={false}>
            <Pie
              data={mix.shares.map((share) => ({ name: share.label[lang], value: share.value, colour: share.colour }))}
              dataKey="value"
              nameKey="name"
              outerRadius="75%"
              isAnimationActive={false}
              rootTabIndex={-1}
              label={({ name, value }) => `${name} ${percent(Number(value) / mixTotal)}`}
            >
              {mix.shares.map((share) => (
                <Cell key={share.platform} fill={share.colour} />
              ))}
            </Pie>
            <Tooltip formatter={(value) => mixValue(Number(value))} />
            <Legend />
          </PieChart>
        </ChartFigure>
      </div>
    </>
  )
}

const Figure = ({ label, value }: { label: string; value: string }) => (
  <div>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
)

type ChartFigureProps = {
  id: string
  title: string
  lang: keyof Localized
  empty: string | null
  table: { head: string[]; rows: string[][] }
  children: ReactNode
}

/**
 * A chart with its text alternative: the drawing is hidden from screen readers, which read the
 * same figures from a visually hidden table instead.
 */
const ChartFigure = ({ id, title, lang, empty, table, children }: ChartFigureProps) => {
  const captionId = useId()
  return (
    <figure className="campaign-chart" aria-labelledby={captionId} data-chart={id}>
      <figcaption id={captionId}>{title}</figcaption>
      {empty ? (
        <p className="campaign-chart__empty">{empty}</p>
      ) : (
        <>
          <div className="campaign-chart__drawing" aria-hidden="true" title={TEXT.chartSummary[lang]}>
            {children}
          </div>
          <table className="campaign-sr-only">
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  )
}
