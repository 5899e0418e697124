'use client'

import { SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { type DragEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'

import type { CalendarVariant } from '../../calendar/entries'
import type { BrandPostingWindow } from '../../calendar/postingTimes'
import type { CalendarData, CalendarWarning } from '../../calendar/readCalendar'
import type { ChannelId } from '../../platforms/types'
import type { DropTarget } from './Grids'
import type { ItemNote } from './VariantChip'

import { addDays, atChinaHour, chinaDayStart, onChinaDay } from '../../calendar/chinaTime'
import { shiftView, visibleDays, type CalendarMode } from '../../calendar/grid'
import { formatWindow, isSuggestedHour, postingWindowsFor, suggestedTimeOn } from '../../calendar/postingTimes'
import { languageOf } from '../../i18n/localized'
import { CHANNEL_IDS, CHANNEL_RULES } from '../../platforms/rules'
import { CHANNEL_COLOURS } from '../shared/channelColours'
import { fetchCalendar, postSchedule } from './api'
import { MonthGrid, WeekGrid } from './Grids'
import { ScheduleDialog } from './ScheduleDialog'
import { formatDay, PUNCTUATION, TEXT } from './text'
import { NoteText, VariantChip } from './VariantChip'
import './styles.scss'

export type CalendarBrand = { id: string; name: string; postingWindows: BrandPostingWindow[] }

type Props = {
  brands: CalendarBrand[]
  /** Today in Beijing, as the server saw it: the first render matches on server and client. */
  today: string
}

type Loaded = { key: string; data: CalendarData } | { key: string; failed: true }

/**
 * The content calendar: scheduled and published variants of every channel by Beijing day, in a
 * month or a week, filtered by brand and channel, with the day's warnings, the suggested posting
 * times, and a tray of approved variants. Dragging (or the chip's dialog) asks the server to
 * schedule; the workflow there decides, and its answer is shown next to the chip.
 */
export function CalendarClient({ brands, today }: Props) {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const adminRoute = config.routes.admin
  const ids = useId()

  const [mode, setMode] = useState<CalendarMode>('month')
  const [anchor, setAnchor] = useState(today)
  const [brand, setBrand] = useState('')
  const [channel, setChannel] = useState<ChannelId | ''>('')
  const [version, setVersion] = useState(0)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [notes, setNotes] = useState<Record<string, ItemNote>>({})
  const [picking, setPicking] = useState<CalendarVariant | null>(null)
  const [lastMoved, setLastMoved] = useState<string | null>(null)
  const [dropOn, setDropOn] = useState<string | null>(null)
  const dragged = useRef<CalendarVariant | null>(null)

  const stepNav = useMemo(() => [{ label: TEXT.heading[lang] }], [lang])
  const days = useMemo(() => visibleDays(mode, anchor), [mode, anchor])
  const query = useMemo(() => ({ from: days[0]!, to: days.at(-1)!, brand: brand || null, channel: channel || null }), [days, brand, channel])
  const queryKey = JSON.stringify(query)

  useEffect(() => {
    const controller = new AbortController()
    fetchCalendar(api, query, controller.signal).then(
      (data) => setLoaded({ key: queryKey, data }),
      () => {
        if (!controller.signal.aborted) setLoaded({ key: queryKey, failed: true })
      },
    )
    return () => controller.abort()
  }, [api, query, queryKey, version])

  const data = loaded && 'data' in loaded ? loaded.data : null
  const loading = !loaded || loaded.key !== queryKey

  const brandOf = useCallback((id: string | null) => brands.find((candidate) => candidate.id === id), [brands])
  const windowsOf = (item: CalendarVariant) => brandOf(item.brandId)?.postingWindows
  const describeWarning = (warning: CalendarWarning) =>
    brand || brands.length < 2 ? warning.message : `${brandOf(warning.brandId)?.name ?? ''}${PUNCTUATION.colon[lang]}${warning.message}`

  /** Asks the server; the answer goes next to the chip, and the calendar is read again after a move. */
  const schedule = async (item: CalendarVariant, at: Date): Promise<string | null> => {
    const answer = await postSchedule(api, item, at, TEXT.failed[lang])
    setLastMoved(item.variantId)
    if (!answer.ok) {
      setNotes((current) => ({ ...current, [item.variantId]: { kind: 'error', message: answer.message, warnings: [] } }))
      return answer.message
    }
    const warnings = answer.warnings.filter((warning) => warning.channel === item.channel).map(describeWarning)
    setNotes((current) => ({ ...current, [item.variantId]: { kind: warnings.length > 0 ? 'warning' : 'ok', message: answer.message, warnings } }))
    setVersion((current) => current + 1)
    return null
  }

  /** Where the dialog's time starts: the post's own, or its channel's next suggested time. */
  const initialTime = (item: CalendarVariant): Date => {
    if (item.at) return new Date(item.at)
    const now = new Date()
    const suggested = suggestedTimeOn(today, item.channel, windowsOf(item), now)
    return suggested > now ? suggested : suggestedTimeOn(addDays(today, 1), item.channel, windowsOf(item), now)
  }

  /** Where a chip dropped on a day (and hour, in week view) goes: the same time of day, or the channel's suggestion. */
  const timeFor = (item: CalendarVariant, day: string, hour?: number): Date => {
    if (item.at) return hour === undefined ? onChinaDay(new Date(item.at), day) : atChinaHour(new Date(item.at), day, hour)
    return hour === undefined ? suggestedTimeOn(day, item.channel, windowsOf(item), new Date()) : chinaDayStart(day, hour)
  }

  const dropTarget = (day: string, hour?: number): DropTarget => {
    const key = hour === undefined ? day : `${day} ${hour}`
    const accept = (event: DragEvent) => {
      if (!dragged.current) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'move'
      if (dropOn !== key) setDropOn(key)
    }
    return {
      className: dropOn === key ? 'calendar-drop--over' : '',
      onDragEnter: accept,
      onDragOver: accept,
      onDragLeave: () => setDropOn((current) => (current === key ? null : current)),
      onDrop: (event) => {
        event.preventDefault()
        const item = dragged.current
        dragged.current = null
        setDropOn(null)
        if (item) void schedule(item, timeFor(item, day, hour))
      },
    }
  }

  const renderItems = (items: CalendarVariant[]) =>
    items.map((item) => (
      <VariantChip
        adminRoute={adminRoute}
        item={item}
        key={item.variantId}
        lang={lang}
        note={notes[item.variantId]}
        onDragEnd={() => {
          dragged.current = null
          setDropOn(null)
        }}
        onDragStart={(started) => {
          dragged.current = started
        }}
        onPickTime={setPicking}
      />
    ))

  const suggestionsOf = (channelId: ChannelId, brandId: string | null) => postingWindowsFor(channelId, brandOf(brandId)?.postingWindows)
  const weekSuggested = channel ? suggestionsOf(channel, brand || null).windows : []
  const month = anchor.slice(0, 7)
  const title =
    mode === 'month'
      ? formatDay(`${month}-01`, lang, { year: 'numeric', month: 'long' })
      : `${formatDay(days[0]!, lang, { month: 'long', day: 'numeric' })} – ${formatDay(days.at(-1)!, lang, { month: 'long', day: 'numeric' })}`
  const caption = `${TEXT.heading[lang]} · ${title}`
  const shown = new Set([...(data?.entries ?? []), ...(data?.tray ?? [])].map((item) => item.variantId))
  const gridProps = {
    days,
    today,
    lang,
    caption,
    entries: data?.entries ?? [],
    warnings: data?.warnings ?? [],
    describeWarning,
    renderItems,
    dropTarget,
  }

  return (
    <div className="content-calendar">
      <SetStepNav nav={stepNav} />
      <header className="content-calendar__header">
        <h1>{TEXT.heading[lang]}</h1>
        <p>
          {TEXT.beijingTime[lang]}。{TEXT.dragHint[lang]}
        </p>
      </header>

      <div className="content-calendar__toolbar">
        <div aria-label={TEXT.view[lang]} className="calendar-toolbar__group" role="group">
          {(['month', 'week'] as const).map((candidate) => (
            <button aria-pressed={mode === candidate} className="calendar-button" key={candidate} onClick={() => setMode(candidate)} type="button">
              {TEXT[candidate][lang]}
            </button>
          ))}
        </div>
        <div className="calendar-toolbar__group">
          <button className="calendar-button" onClick={() => setAnchor(shiftView(mode, anchor, -1))} type="button">
            {mode === 'month' ? TEXT.previousMonth[lang] : TEXT.previousWeek[lang]}
          </button>
          <button className="calendar-button" onClick={() => setAnchor(today)} type="button">
            {TEXT.today[lang]}
          </button>
          <button className="calendar-button" onClick={() => setAnchor(shiftView(mode, anchor, 1))} type="button">
            {mode === 'month' ? TEXT.nextMonth[lang] : TEXT.nextWeek[lang]}
          </button>
        </div>
        <h2 aria-live="polite" className="content-calendar__title">
          {title}
        </h2>
        <div className="calendar-toolbar__group">
          <label htmlFor={`${ids}-brand`}>{TEXT.brand[lang]}</label>
          <select id={`${ids}-brand`} onChange={(event) => setBrand(event.target.value)} value={brand}>
            <option value="">{TEXT.allBrands[lang]}</option>
            {brands.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-channel`}>{TEXT.channel[lang]}</label>
          <select id={`${ids}-channel`} onChange={(event) => setChannel(event.target.value as ChannelId | '')} value={channel}>
            <option value="">{TEXT.allChannels[lang]}</option>
            {CHANNEL_IDS.map((id) => (
              <option key={id} value={id}>
                {CHANNEL_RULES[id].label[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div aria-live="polite" className="content-calendar__state" role="status">
        {loading ? TEXT.loading[lang] : loaded && 'failed' in loaded ? TEXT.loadFailed[lang] : data?.truncated ? TEXT.truncated[lang] : null}
      </div>
      {/* The last move's answer, when its variant is no longer shown here (moved out of the range, or filtered away). */}
      {lastMoved && data && !shown.has(lastMoved) ? <NoteText note={notes[lastMoved]} /> : null}

      <div className="content-calendar__body">
        <div aria-busy={loading} className="content-calendar__grid">
          {mode === 'month' ? (
            <MonthGrid {...gridProps} month={month} />
          ) : (
            <WeekGrid {...gridProps} isSuggestedHour={(hour) => isSuggestedHour(hour, weekSuggested)} />
          )}
        </div>

        <aside aria-labelledby={`${ids}-tray`} className="content-calendar__side">
          <section className="calendar-tray">
            <h2 id={`${ids}-tray`}>
              {TEXT.tray[lang]}
              {data ? ` · ${data.tray.length}` : ''}
            </h2>
            <p className="calendar-tray__hint">{TEXT.trayHint[lang]}</p>
            {data && data.tray.length === 0 ? <p>{TEXT.trayEmpty[lang]}</p> : null}
            {data && data.tray.length > 0 ? <ul className="calendar-items">{renderItems(data.tray)}</ul> : null}
          </section>

          <section aria-labelledby={`${ids}-suggested`} className="calendar-suggestions">
            <h2 id={`${ids}-suggested`}>{TEXT.suggested[lang]}</h2>
            <ul>
              {(channel ? [channel] : CHANNEL_IDS).map((id) => {
                const { windows, source } = suggestionsOf(id, brand || null)
                return (
                  <li key={id}>
                    <span aria-hidden="true" className="calendar-suggestions__swatch" style={{ backgroundColor: CHANNEL_COLOURS[id] }} />
                    <span className="calendar-suggestions__channel">{CHANNEL_RULES[id].label[lang]}</span>{' '}
                    {windows.map(formatWindow).join(PUNCTUATION.list[lang])}
                    {source === 'brand' ? `${PUNCTUATION.open[lang]}${TEXT.brandSetting[lang]}${PUNCTUATION.close[lang]}` : ''}
                  </li>
                )
              })}
            </ul>
          </section>
        </aside>
      </div>

      {picking ? (
        <ScheduleDialog
          initial={initialTime(picking)}
          item={picking}
          key={picking.variantId}
          lang={lang}
          onClose={() => setPicking(null)}
          onSubmit={(at) => schedule(picking, at)}
          suggestions={suggestionsOf(picking.channel, picking.brandId).windows.map(formatWindow).join(PUNCTUATION.list[lang])}
        />
      ) : null}
    </div>
  )
}
