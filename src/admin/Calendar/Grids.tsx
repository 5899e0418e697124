'use client'

import type { DragEvent, ReactNode } from 'react'

import type { CalendarVariant } from '../../calendar/entries'
import type { CalendarWarning } from '../../calendar/readCalendar'
import type { Language } from './text'

import { chinaDayOf, chinaHourOf } from '../../calendar/chinaTime'
import { formatDay, TEXT } from './text'

/** What makes a day (or a day's hour) a place to drop a chip on. */
export type DropTarget = {
  className: string
  onDragEnter: (event: DragEvent) => void
  onDragOver: (event: DragEvent) => void
  onDragLeave: (event: DragEvent) => void
  onDrop: (event: DragEvent) => void
}

type GridProps = {
  days: string[]
  today: string
  lang: Language
  caption: string
  entries: CalendarVariant[]
  warnings: CalendarWarning[]
  describeWarning: (warning: CalendarWarning) => string
  renderItems: (items: CalendarVariant[]) => ReactNode
  dropTarget: (day: string, hour?: number) => DropTarget
}

const groupBy = <T,>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

function DayWarnings({ warnings, describe }: { warnings: CalendarWarning[] | undefined; describe: (warning: CalendarWarning) => string }) {
  return (warnings ?? []).map((warning) => (
    <p className="calendar-day__warning" key={`${warning.brandId} ${warning.channel}`}>
      <span aria-hidden="true">⚠ </span>
      {describe(warning)}
    </p>
  ))
}

const fullDay = (day: string, lang: Language) => formatDay(day, lang, { month: 'long', day: 'numeric', weekday: 'long' })

/** Six weeks, Monday first; days of the neighbouring months are shaded, not hidden, so drops work there too. */
export function MonthGrid({ days, today, lang, caption, entries, warnings, describeWarning, renderItems, dropTarget, month }: GridProps & { month: string }) {
  const byDay = groupBy(entries, (entry) => chinaDayOf(new Date(entry.at!)))
  const warningsByDay = groupBy(warnings, (warning) => warning.day)
  const weeks = Array.from({ length: days.length / 7 }, (_, index) => days.slice(index * 7, index * 7 + 7))
  return (
    <table className="calendar-grid calendar-month">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {days.slice(0, 7).map((day) => (
            <th key={day} scope="col">
              {formatDay(day, lang, { weekday: 'short' })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const target = dropTarget(day)
              const items = byDay.get(day) ?? []
              return (
                <td
                  key={day}
                  aria-current={day === today ? 'date' : undefined}
                  {...target}
                  className={`calendar-day${day.startsWith(month) ? '' : ' calendar-day--other-month'}${day === today ? ' calendar-day--today' : ''} ${target.className}`}
                  data-day={day}
                >
                  <div className="calendar-day__head">
                    <span aria-hidden="true">{Number(day.slice(8))}</span>
                    <span className="visually-hidden">{fullDay(day, lang)}</span>
                  </div>
                  <DayWarnings describe={describeWarning} warnings={warningsByDay.get(day)} />
                  {items.length > 0 ? <ul className="calendar-items">{renderItems(items)}</ul> : null}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour)

/** Seven days by 24 Beijing hours; a drop lands on that day and hour. */
export function WeekGrid({
  days,
  today,
  lang,
  caption,
  entries,
  warnings,
  describeWarning,
  renderItems,
  dropTarget,
  isSuggestedHour,
}: GridProps & { isSuggestedHour: (hour: number) => boolean }) {
  const bySlot = groupBy(entries, (entry) => `${chinaDayOf(new Date(entry.at!))} ${chinaHourOf(new Date(entry.at!))}`)
  const warningsByDay = groupBy(warnings, (warning) => warning.day)
  return (
    <table className="calendar-grid calendar-week">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th className="calendar-week__hour" scope="col">
            {TEXT.time[lang]}
          </th>
          {days.map((day) => (
            <th aria-current={day === today ? 'date' : undefined} className={day === today ? 'calendar-day--today' : ''} data-day={day} key={day} scope="col">
              <span className="calendar-week__day">{formatDay(day, lang, { weekday: 'short', month: 'numeric', day: 'numeric' })}</span>
              <DayWarnings describe={describeWarning} warnings={warningsByDay.get(day)} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {HOURS.map((hour) => {
          const suggested = isSuggestedHour(hour)
          return (
            <tr className={suggested ? 'calendar-week__row--suggested' : undefined} key={hour}>
              <th className="calendar-week__hour" scope="row">
                {`${String(hour).padStart(2, '0')}:00`}
                {suggested ? <span className="calendar-week__suggested">{TEXT.suggestedHour[lang]}</span> : null}
              </th>
              {days.map((day) => {
                const target = dropTarget(day, hour)
                const items = bySlot.get(`${day} ${hour}`) ?? []
                return (
                  <td key={day} {...target} className={`calendar-slot ${target.className}`} data-day={day} data-hour={hour}>
                    {items.length > 0 ? <ul className="calendar-items">{renderItems(items)}</ul> : null}
                  </td>
                )
              })}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
