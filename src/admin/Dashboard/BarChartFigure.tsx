'use client'

import { useRouter } from 'next/navigation'
import { Bar, BarChart, type BarShapeProps, Cell, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis } from 'recharts'

import { yuan } from '../../scoring/format'

/** One bar: its label, its value (what the bar's length shows) and the list it opens. */
export type ChartBar = { key: string; label: string; value: number; href: string; colour: string }

/** A second series drawn beside the first on the same rows (e.g. the budget beside the spend). */
export type ChartSeries = { values: number[]; colour: string }

/**
 * A bar marked with its row's key: recharts draws no bar of zero length, so a bar's position does
 * not say which row it is.
 */
const keyedBar = (props: BarShapeProps) => (
  <g data-bar={(props.payload as ChartBar).key}>
    <Rectangle {...props} />
  </g>
)

/**
 * A horizontal bar chart whose bars open their filtered list. It is drawn for the eye only
 * (hidden from assistive technology, no keyboard stops of its own): the table the section shows
 * beside it carries the same numbers as links, so nothing is lost without the picture.
 */
export function BarChartFigure({
  bars,
  beside,
  labelWidth,
  unit = 'count',
}: {
  bars: ChartBar[]
  beside?: ChartSeries
  labelWidth: number
  unit?: 'count' | 'yuan'
}) {
  const router = useRouter()
  const format = (value: unknown) => (unit === 'yuan' ? yuan(Number(value)) : String(value))
  const data = bars.map((bar, index) => ({ ...bar, beside: beside?.values[index] ?? 0 }))
  const open = (entry: unknown) => {
    const href = (entry as { payload?: ChartBar }).payload?.href
    if (href) router.push(href)
  }
  const rowHeight = beside ? 44 : 28
  return (
    <div aria-hidden="true" className="role-dashboard__chart">
      <ResponsiveContainer height={bars.length * rowHeight + 32} width="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: unit === 'yuan' ? 88 : 40, top: 4, bottom: 4 }}>
          <XAxis allowDecimals={false} hide type="number" />
          <YAxis dataKey="label" interval={0} tick={{ fill: 'var(--theme-elevation-800)', fontSize: 12 }} type="category" width={labelWidth} />
          {beside ? (
            <Bar dataKey="beside" fill={beside.colour} isAnimationActive={false}>
              <LabelList dataKey="beside" fill="var(--theme-elevation-800)" fontSize={12} formatter={format} position="right" />
            </Bar>
          ) : null}
          <Bar cursor="pointer" dataKey="value" isAnimationActive={false} onClick={open} shape={keyedBar}>
            {data.map((bar) => (
              <Cell fill={bar.colour} key={bar.key} />
            ))}
            <LabelList dataKey="value" fill="var(--theme-elevation-800)" fontSize={12} formatter={format} position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
