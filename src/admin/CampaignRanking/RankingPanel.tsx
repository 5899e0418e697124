'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react'

import type { Localized } from '../../i18n/localized'
import type { Collaboration } from '../../payload-types'
import type { KolPlatform } from '../../taxonomy/kols'

import {
  KOL_FIT_EXCLUSIONS_QUERY,
  KOL_FIT_RANKING_QUERY,
  type ExcludedRow,
  type ExclusionsAnswer,
  type RankedRow,
  type RankingAnswer,
} from '../../campaigns/queries'
import {
  DEFAULT_RANKING_FORM,
  exclusionVariables,
  EXCLUSIONS_PAGE_SIZE,
  inPipeline,
  pageCount,
  pipelineIndex,
  RANKING_PAGE_SIZES,
  rankingVariables,
  type FormProblem,
  type PipelineEntry,
  type RankingForm,
  type RankingVariables,
} from '../../campaigns/ranking'
import { CAMPAIGN_VIEWS } from '../../campaigns/views'
import { STAGE_LABELS } from '../../collaborations/stages'
import { languageOf } from '../../i18n/localized'
import { KOL_TIERS } from '../../metrics'
import { percent, platformLabel } from '../../scoring/format'
import { VERTICALS } from '../../taxonomy/audience'
import { KOL_KINDS } from '../../taxonomy/kols'
import { queryGraphQL, sendRest, useApiUrls } from '../CampaignShared/api'
import { ErrorMessages } from '../CampaignShared/ErrorMessages'
import { compactCount, fill } from '../CampaignShared/format'
import { PlatformBadge } from '../CampaignShared/PlatformBadge'
import { Breakdown } from './Breakdown'
import { ScoreBar, ScoreBarLegend } from './ScoreBar'
import '../CampaignShared/styles.scss'

const TEXT = {
  title: { zh: '达人匹配排名', en: 'KOL fit ranking' },
  intro: {
    zh: '按本活动的人群、垂类、互动、真实度、成本和口碑为每个达人账号打分（0–100）。',
    en: 'Each KOL account scored 0–100 for this campaign on audience, relevance, engagement, authenticity, cost and reputation.',
  },
  filters: { zh: '筛选', en: 'Filters' },
  platform: { zh: '平台', en: 'Platform' },
  allPlatforms: { zh: '全部投放平台', en: 'All campaign platforms' },
  tier: { zh: '达人层级', en: 'Tier' },
  vertical: { zh: '垂类', en: 'Vertical' },
  anyVertical: { zh: '不限', en: 'Any' },
  maxRate: { zh: '单价上限（元）', en: 'Max rate (CNY)' },
  maxRateHelp: { zh: '只看最低报价不超过此金额的账号', en: 'Only accounts whose lowest rate is at most this' },
  apply: { zh: '筛选', en: 'Apply' },
  reset: { zh: '重置', en: 'Reset' },
  loading: { zh: '正在计算排名…', en: 'Ranking…' },
  failed: { zh: '排名加载失败，请稍后再试。', en: 'The ranking could not be loaded; try again later.' },
  total: { zh: '共 {n} 个账号入围', en: '{n} accounts ranked' },
  none: { zh: '没有符合条件的账号。', en: 'No account matches.' },
  remaining: { zh: '活动剩余预算', en: 'Remaining budget' },
  score: { zh: '匹配分', en: 'Fit score' },
  confidence: { zh: '数据完整度', en: 'Confidence' },
  followers: { zh: '粉丝', en: 'followers' },
  showBreakdown: { zh: '查看明细', en: 'Show breakdown' },
  hideBreakdown: { zh: '收起明细', en: 'Hide breakdown' },
  shortlist: { zh: '加入初选', en: 'Add to shortlist' },
  adding: { zh: '加入中…', en: 'Adding…' },
  inPipeline: { zh: '已在看板：', en: 'In the pipeline: ' },
  openBoard: { zh: '在看板中查看', en: 'See on the board' },
  addFailed: { zh: '加入初选失败，请稍后再试。', en: 'Could not shortlist; try again later.' },
  page: { zh: '第 {page} / {pages} 页', en: 'Page {page} of {pages}' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  pageSize: { zh: '每页', en: 'Per page' },
  excludedTitle: { zh: '未入围的达人账号', en: 'Accounts left out' },
  excluded: { zh: '未入围的达人账号（{n}）', en: 'Accounts left out ({n})' },
  excludedHelp: { zh: '硬性条件不符，不参与排名：', en: 'A hard filter keeps them out of the ranking:' },
  excludedLoading: { zh: '正在加载未入围的账号…', en: 'Loading the accounts left out…' },
  excludedFailed: { zh: '未入围的账号加载失败，请稍后再试。', en: 'The accounts left out could not be loaded; try again later.' },
  excludedNone: { zh: '没有被硬性条件排除的账号。', en: 'No account is kept out by a hard filter.' },
  excludedShown: { zh: '已显示 {shown} / {n} 个', en: '{shown} of {n} shown' },
  excludedMore: { zh: '再显示 {n} 个', en: 'Show {n} more' },
  shortlisted: { zh: '「{name}」已加入初选。', en: '“{name}” added to the shortlist.' },
  pagination: { zh: '排名分页', en: 'Ranking pages' },
} satisfies Record<string, Localized>

type Props = {
  campaign: { id: number | string; platforms: KolPlatform[]; remainingBudget: number | null }
  pipeline: PipelineEntry[]
}

/**
 * The campaign's ranking with filters, pages, each account's score bar and breakdown, the accounts
 * left out and why, and "add to shortlist", which creates the collaboration through Payload's REST
 * API so that its hooks check it and snapshot the fit.
 */
export const RankingPanel = ({ campaign, pipeline: initialPipeline }: Props) => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const { api, graphQL } = useApiUrls()
  const idBase = useId()
  const [draft, setDraft] = useState<RankingForm>(DEFAULT_RANKING_FORM)
  const [form, setForm] = useState<RankingForm>(DEFAULT_RANKING_FORM)
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null)
  const [answer, setAnswer] = useState<RankingAnswer['kolFitRanking'] | null>(null)
  const [loadError, setLoadError] = useState<string[] | null>(null)
  const [loading, setLoading] = useState(true)
  const [pipeline, setPipeline] = useState(initialPipeline)
  const [announcement, setAnnouncement] = useState('')
  // Set once React has attached the handlers: until then the server-rendered form ignores input.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const index = useMemo(() => pipelineIndex(pipeline), [pipeline])
  const boardHref = formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/campaigns/${campaign.id}${CAMPAIGN_VIEWS.pipeline.path}` })

  useEffect(() => {
    const request = rankingVariables(String(campaign.id), form)
    if (!request.ok) return
    const controller = new AbortController()
    setLoading(true)
    queryGraphQL<RankingAnswer>(graphQL, KOL_FIT_RANKING_QUERY, request.variables, TEXT.failed[lang], controller.signal)
      .then((result) => {
        if (result.ok) {
          setAnswer(result.data.kolFitRanking)
          setLoadError(null)
        } else setLoadError(result.messages)
        setLoading(false)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [campaign.id, form, graphQL, lang])

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const next = { ...draft, page: 1 }
    const request = rankingVariables(String(campaign.id), next)
    if (!request.ok) {
      setFormProblem(request.problem)
      return
    }
    setFormProblem(null)
    setForm(next)
  }
  const reset = () => {
    setDraft(DEFAULT_RANKING_FORM)
    setFormProblem(null)
    setForm(DEFAULT_RANKING_FORM)
  }
  const goTo = (page: number) => setForm((current) => ({ ...current, page }))
  const pages = answer ? pageCount(answer.total, form.pageSize) : 1
  const field = (name: string) => `${idBase}-${name}`
  const problemId = field('problem')
  /** The invalid-state attributes of the field the form problem is about, if it is this one. */
  const validity = (name: keyof RankingForm, help?: string) => {
    const invalid = formProblem?.field === name
    const describedBy = [help, invalid ? problemId : null].filter(Boolean).join(' ')
    return { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined }
  }
  const shown = rankingVariables(String(campaign.id), form)

  return (
    <div className="campaign-view campaign-ranking" data-ready={ready || undefined}>
      <div className="campaign-view__header">
        <h2>{TEXT.title[lang]}</h2>
        <p>{TEXT.intro[lang]}</p>
      </div>

      <form className="campaign-ranking__filters" onSubmit={apply} aria-label={TEXT.filters[lang]}>
        <div className="campaign-field">
          <label htmlFor={field('platform')}>{TEXT.platform[lang]}</label>
          <select
            id={field('platform')}
            {...validity('platform')}
            value={draft.platform}
            onChange={(event) => setDraft({ ...draft, platform: event.target.value as KolPlatform | '' })}
          >
            <option value="">{TEXT.allPlatforms[lang]}</option>
            {campaign.platforms.map((platform) => (
              <option key={platform} value={platform}>
                {platformLabel(platform)[lang]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="campaign-field campaign-field--checks">
          <legend>{TEXT.tier[lang]}</legend>
          {KOL_TIERS.map((tier) => (
            <label key={tier.value}>
              <input
                type="checkbox"
                {...validity('tiers')}
                checked={draft.tiers.includes(tier.value)}
                onChange={(event) =>
                  setDraft({ ...draft, tiers: event.target.checked ? [...draft.tiers, tier.value] : draft.tiers.filter((value) => value !== tier.value) })
                }
              />
              {tier.label[lang]}
            </label>
          ))}
        </fieldset>
        <div className="campaign-field">
          <label htmlFor={field('vertical')}>{TEXT.vertical[lang]}</label>
          <select
            id={field('vertical')}
            {...validity('vertical')}
            value={draft.vertical}
            onChange={(event) => setDraft({ ...draft, vertical: event.target.value as RankingForm['vertical'] })}
          >
            <option value="">{TEXT.anyVertical[lang]}</option>
            {VERTICALS.map((vertical) => (
              <option key={vertical.value} value={vertical.value}>
                {vertical.label[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="campaign-field">
          <label htmlFor={field('maxRate')}>{TEXT.maxRate[lang]}</label>
          <input
            id={field('maxRate')}
            inputMode="decimal"
            {...validity('maxRate', `${field('maxRate')}-help`)}
            value={draft.maxRate}
            onChange={(event) => setDraft({ ...draft, maxRate: event.target.value })}
          />
          <span className="campaign-field__help" id={`${field('maxRate')}-help`}>
            {TEXT.maxRateHelp[lang]}
          </span>
        </div>
        <div className="campaign-ranking__filter-actions">
          <Button buttonStyle="primary" margin={false} size="small" type="submit">
            {TEXT.apply[lang]}
          </Button>
          <Button buttonStyle="secondary" margin={false} size="small" onClick={reset}>
            {TEXT.reset[lang]}
          </Button>
        </div>
        {formProblem ? (
          <p className="campaign-error" role="alert" id={problemId}>
            {formProblem.message[lang]}
          </p>
        ) : null}
      </form>

      <div className="campaign-ranking__status" aria-live="polite">
        {loading ? <p>{TEXT.loading[lang]}</p> : null}
        {!loading && answer ? (
          <p>
            {fill(TEXT.total[lang], { n: answer.total })}
            {campaign.remainingBudget !== null ? ` · ${TEXT.remaining[lang]} ¥${compactCount(campaign.remainingBudget, lang)}` : ''}
          </p>
        ) : null}
      </div>
      <ErrorMessages messages={loadError} />

      <p className="campaign-sr-only" role="status">
        {announcement}
      </p>

      <ScoreBarLegend lang={lang} />

      {answer && answer.items.length === 0 && !loading ? <p>{TEXT.none[lang]}</p> : null}
      {answer && answer.items.length > 0 ? (
        <ol className="campaign-ranking__list" aria-busy={loading}>
          {answer.items.map((row) => (
            <RankedItem
              key={row.account.id}
              row={row}
              lang={lang}
              entry={inPipeline(index, row.kol.id, row.account.platform)}
              boardHref={boardHref}
              shortlist={async () => {
                const kol = typeof campaign.id === 'number' ? Number(row.kol.id) : row.kol.id
                const result = await sendRest<Collaboration>(
                  `${api}/collaborations?depth=0`,
                  'POST',
                  { campaign: campaign.id, kol, platform: row.account.platform },
                  TEXT.addFailed[lang],
                )
                if (!result.ok) return result.messages
                setPipeline((current) => [...current, { kolId: row.kol.id, platform: row.account.platform, stage: result.data.stage }])
                setAnnouncement(fill(TEXT.shortlisted[lang], { name: row.kol.name }))
                return null
              }}
            />
          ))}
        </ol>
      ) : null}

      {answer ? (
        <nav className="campaign-ranking__pages" aria-label={TEXT.pagination[lang]}>
          <Button buttonStyle="secondary" margin={false} size="small" disabled={form.page <= 1 || loading} onClick={() => goTo(form.page - 1)}>
            {TEXT.previous[lang]}
          </Button>
          <span>{fill(TEXT.page[lang], { page: form.page, pages })}</span>
          <Button buttonStyle="secondary" margin={false} size="small" disabled={form.page >= pages || loading} onClick={() => goTo(form.page + 1)}>
            {TEXT.next[lang]}
          </Button>
          <label htmlFor={field('pageSize')}>{TEXT.pageSize[lang]}</label>
          <select
            id={field('pageSize')}
            value={form.pageSize}
            onChange={(event) => {
              const pageSize = Number(event.target.value)
              setDraft((current) => ({ ...current, pageSize }))
              setForm((current) => ({ ...current, pageSize, page: 1 }))
            }}
          >
            {RANKING_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </nav>
      ) : null}

      {/* A new ranking (filters, platform) has its own exclusions: the list starts over, closed. */}
      {answer && shown.ok ? <ExcludedList key={JSON.stringify(exclusionVariables(shown.variables, 0))} variables={shown.variables} lang={lang} /> : null}
    </div>
  )
}

type ItemProps = {
  row: RankedRow
  lang: keyof Localized
  entry: PipelineEntry | undefined
  boardHref: string
  /** Resolves with the refusal's messages, or null once shortlisted. */
  shortlist: () => Promise<string[] | null>
}

const RankedItem = ({ row, lang, entry, boardHref, shortlist }: ItemProps) => {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string[] | null>(null)
  const [justAdded, setJustAdded] = useState(false)
  const boardLink = useRef<HTMLAnchorElement>(null)
  const breakdownId = useId()
  // The shortlist button gave way to the link to the board: focus goes there rather than to the page.
  useEffect(() => {
    if (justAdded && entry) boardLink.current?.focus()
  }, [justAdded, entry])
  const kind = KOL_KINDS.find((option) => option.value === row.kol.kind)?.label[lang]
  const tier = KOL_TIERS.find((option) => option.value === row.account.tier)?.label[lang]

  return (
    <li className="ranked-kol" data-kol={row.kol.name}>
      <div className="ranked-kol__rank" aria-hidden="true">
        {row.rank}
      </div>
      <div className="ranked-kol__who">
        <h3>
          <span className="campaign-sr-only">#{row.rank} </span>
          {row.kol.name}
        </h3>
        <p className="ranked-kol__meta">
          <PlatformBadge platform={row.account.platform} lang={lang} />
          {row.account.handle ? <span>@{row.account.handle}</span> : null}
          {row.account.followers !== null ? (
            <span>
              {compactCount(row.account.followers, lang)} {TEXT.followers[lang]}
            </span>
          ) : null}
          {tier ? <span>{tier}</span> : null}
          {kind ? <span>{kind}</span> : null}
        </p>
      </div>
      <div className="ranked-kol__score">
        <p>
          <span className="campaign-sr-only">{TEXT.score[lang]} </span>
          <strong>{row.score}</strong>
          <span className="ranked-kol__of"> / 100</span>
        </p>
        <p className="ranked-kol__confidence">
          {TEXT.confidence[lang]} {percent(row.confidence)}
        </p>
      </div>
      <div className="ranked-kol__bar">
        <ScoreBar row={row} lang={lang} />
      </div>
      <div className="ranked-kol__actions">
        <Button
          buttonStyle="secondary"
          margin={false}
          size="small"
          aria-expanded={open}
          aria-controls={open ? breakdownId : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? TEXT.hideBreakdown[lang] : TEXT.showBreakdown[lang]}
        </Button>
        {entry ? (
          <span className="ranked-kol__in-pipeline">
            {TEXT.inPipeline[lang]}
            {STAGE_LABELS[entry.stage][lang]} ·{' '}
            <Link href={boardHref} ref={boardLink}>
              {TEXT.openBoard[lang]}
            </Link>
          </span>
        ) : (
          <Button
            buttonStyle="primary"
            margin={false}
            size="small"
            disabled={busy}
            onClick={async () => {
              setBusy(true)
              const messages = await shortlist()
              setRefusal(messages)
              setJustAdded(messages === null)
              setBusy(false)
            }}
          >
            {busy ? TEXT.adding[lang] : TEXT.shortlist[lang]}
          </Button>
        )}
      </div>
      {refusal ? (
        <div className="campaign-error ranked-kol__refusal" role="alert">
          {refusal.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      {open ? <Breakdown row={row} name={row.kol.name} id={breakdownId} lang={lang} /> : null}
    </li>
  )
}

/**
 * The accounts the ranking's hard filters leave out, and why. A large KOL pool leaves out tens of
 * thousands, so they are read only once the list is opened, a page at a time.
 */
const ExcludedList = ({ variables, lang }: { variables: RankingVariables; lang: keyof Localized }) => {
  const { graphQL } = useApiUrls()
  const [rows, setRows] = useState<ExcludedRow[]>([])
  const [total, setTotal] = useState<number | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string[] | null>(null)
  const requests = useRef<AbortController | null>(null)
  useEffect(() => () => requests.current?.abort(), [])

  const load = async (offset: number) => {
    requests.current = new AbortController()
    setLoading(true)
    const result = await queryGraphQL<ExclusionsAnswer>(
      graphQL,
      KOL_FIT_EXCLUSIONS_QUERY,
      exclusionVariables(variables, offset),
      TEXT.excludedFailed[lang],
      requests.current.signal,
    ).catch(() => null)
    if (!result) return
    if (result.ok) {
      setRows((current) => [...current.slice(0, offset), ...result.data.kolFitRanking.excluded])
      setTotal(result.data.kolFitRanking.excludedTotal)
      setError(null)
    } else setError(result.messages)
    setLoading(false)
  }
  const remaining = total === null ? 0 : total - rows.length

  return (
    <details
      className="campaign-ranking__excluded"
      onToggle={(event) => {
        if (event.currentTarget.open && total === null && !loading) void load(0)
      }}
    >
      <summary>{total === null ? TEXT.excludedTitle[lang] : fill(TEXT.excluded[lang], { n: total })}</summary>
      <div aria-live="polite" aria-busy={loading}>
        {loading ? <p>{TEXT.excludedLoading[lang]}</p> : null}
        {total !== null ? <p>{total > 0 ? TEXT.excludedHelp[lang] : TEXT.excludedNone[lang]}</p> : null}
      </div>
      <ErrorMessages messages={error} />
      {rows.length > 0 ? (
        <ul>
          {rows.map((row) => (
            <li key={`${row.kol.id}-${row.account?.id ?? 'kol'}`}>
              <strong>{row.kol.name}</strong>
              {row.account ? (
                <>
                  {' '}
                  <PlatformBadge platform={row.account.platform} lang={lang} />
                </>
              ) : null}
              ：{row.reasons.map((reason) => reason.message[lang]).join(lang === 'zh' ? '；' : '; ')}
            </li>
          ))}
        </ul>
      ) : null}
      {total !== null && total > 0 ? (
        <p className="campaign-ranking__excluded-more">
          {fill(TEXT.excludedShown[lang], { shown: rows.length, n: total })}
          {remaining > 0 ? (
            <Button buttonStyle="secondary" margin={false} size="small" disabled={loading} onClick={() => void load(rows.length)}>
              {fill(TEXT.excludedMore[lang], { n: Math.min(remaining, EXCLUSIONS_PAGE_SIZE) })}
            </Button>
          ) : null}
        </p>
      ) : null}
    </details>
  )
}
