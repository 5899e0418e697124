'use client'

import { useEffect, useId, useRef, useState } from 'react'

import type { CalendarVariant } from '../../calendar/entries'
import type { Language } from './text'

import { fromChinaInputValue, toChinaInputValue } from '../../calendar/chinaTime'
import { CHANNEL_RULES } from '../../platforms/rules'
import { PUNCTUATION, TEXT } from './text'

type Props = {
  item: CalendarVariant
  lang: Language
  /** Where the time starts: the post's own, or the channel's next suggested time. */
  initial: Date
  suggestions: string
  /** Resolves with the refusal to show, or null once the move is made. */
  onSubmit: (at: Date) => Promise<string | null>
  onClose: () => void
}

/**
 * The keyboard and click way to schedule or move a post: a modal dialog with a Beijing date and
 * time. A refusal stays in the dialog (and next to the chip), so the time can be corrected.
 */
export function ScheduleDialog({ item, lang, initial, suggestions, onSubmit, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const [value, setValue] = useState(() => toChinaInputValue(initial))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Removing the element on close takes it out of the top layer; closing it here as well would
  // fire `close` (and onClose) again when React runs the effect twice in development.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [])

  const submit = async () => {
    const at = fromChinaInputValue(value)
    if (!at) return setError(TEXT.invalidTime[lang])
    setBusy(true)
    const refusal = await onSubmit(at)
    setBusy(false)
    if (refusal) setError(refusal)
    else onClose()
  }

  const action = item.status === 'approved' ? TEXT.dialogSchedule[lang] : TEXT.dialogReschedule[lang]
  return (
    <dialog aria-labelledby={`${ids}-title`} className="calendar-dialog" onClose={onClose} ref={dialog}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <h2 id={`${ids}-title`}>
          {action}
          {PUNCTUATION.colon[lang]}
          {item.title}
        </h2>
        <p className="calendar-dialog__channel">{CHANNEL_RULES[item.channel].label[lang]}</p>
        <label htmlFor={`${ids}-at`}>{TEXT.publishAt[lang]}</label>
        <input
          aria-describedby={`${ids}-hint${error ? ` ${ids}-error` : ''}`}
          id={`${ids}-at`}
          onChange={(event) => setValue(event.target.value)}
          required
          step={60}
          type="datetime-local"
          value={value}
        />
        <p className="calendar-dialog__hint" id={`${ids}-hint`}>
          {TEXT.suggested[lang]}
          {PUNCTUATION.colon[lang]}
          {suggestions}
        </p>
        {error ? (
          <p className="calendar-note calendar-note--error" id={`${ids}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <div className="calendar-dialog__buttons">
          <button className="calendar-button calendar-button--primary" disabled={busy} type="submit">
            {busy ? TEXT.working[lang] : TEXT.confirm[lang]}
          </button>
          <button className="calendar-button" onClick={onClose} type="button">
            {TEXT.cancel[lang]}
          </button>
        </div>
      </form>
    </dialog>
  )
}
