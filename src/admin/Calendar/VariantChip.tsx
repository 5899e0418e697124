'use client'

import { Link } from '@payloadcms/ui'

import type { CalendarVariant } from '../../calendar/entries'
import type { Language } from './text'

import { formatChinaTime } from '../../calendar/chinaTime'
import { CHANNEL_RULES } from '../../platforms/rules'
import { CHANNEL_COLOURS, ON_CHANNEL_COLOUR } from '../shared/channelColours'
import { TEXT } from './text'

/** What became of the last action on a variant, shown right next to it: the answer, and the day's warnings after a move. */
export type ItemNote = { kind: 'error' | 'warning' | 'ok'; message: string; warnings: string[] }

export function NoteText({ note }: { note: ItemNote | undefined }) {
  if (!note) return null
  return (
    // A refusal or a warning must be heard at once; a plain confirmation can wait its turn.
    <div className={`calendar-note calendar-note--${note.kind}`} role={note.kind === 'ok' ? 'status' : 'alert'}>
      <p>{note.message}</p>
      {note.warnings.map((warning) => (
        <p key={warning}>
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      ))}
    </div>
  )
}

type Props = {
  item: CalendarVariant
  lang: Language
  adminRoute: string
  note: ItemNote | undefined
  onDragStart: (item: CalendarVariant) => void
  onDragEnd: () => void
  /** The keyboard and click way to the same move: a dialog with a time. */
  onPickTime: (item: CalendarVariant) => void
}

/**
 * One variant on the calendar or in the tray: channel colour, time, channel and title, linking to
 * the asset. Scheduled and approved ones can be dragged, or moved with their button; published
 * ones stay where they went out.
 */
export function VariantChip({ item, lang, adminRoute, note, onDragStart, onDragEnd, onPickTime }: Props) {
  const movable = item.status !== 'published'
  return (
    <li className="calendar-item" data-variant={item.variantId}>
      <div
        className={`calendar-chip${movable ? ' calendar-chip--movable' : ''}`}
        draggable={movable}
        onDragEnd={onDragEnd}
        onDragStart={(event) => {
          event.dataTransfer.setData('text/plain', item.variantId)
          event.dataTransfer.effectAllowed = 'move'
          onDragStart(item)
        }}
        style={{ backgroundColor: CHANNEL_COLOURS[item.channel], color: ON_CHANNEL_COLOUR }}
      >
        {/* Not draggable itself: a drag that starts on the link moves the chip, not the link's address. */}
        <Link
          className="calendar-chip__link"
          draggable={false}
          title={item.title}
          href={`${adminRoute}/collections/content-assets/${item.assetId}`}
          prefetch={false}
        >
          {item.at ? <span className="calendar-chip__time">{formatChinaTime(new Date(item.at)).slice(11)}</span> : null}
          <span className="calendar-chip__channel">{CHANNEL_RULES[item.channel].label[lang]}</span>
          <span className="calendar-chip__title">{item.title}</span>
          {item.status === 'published' ? <span className="calendar-chip__status">{TEXT.published[lang]}</span> : null}
        </Link>
        {movable ? (
          <button className="calendar-chip__action" onClick={() => onPickTime(item)} type="button">
            {item.status === 'approved' ? TEXT.schedule[lang] : TEXT.reschedule[lang]}
            <span className="visually-hidden">{item.title}</span>
          </button>
        ) : null}
      </div>
      <NoteText note={note} />
    </li>
  )
}
