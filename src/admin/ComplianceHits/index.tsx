'use client'

import type { ComplianceHit } from '../../compliance/types'
import type { Localized } from '../../i18n/localized'

import './styles.scss'

const TEXT = {
  block: { zh: '禁止', en: 'Block' },
  review: { zh: '待判断', en: 'Review' },
  suggestion: { zh: '建议', en: 'Suggestion' },
} satisfies Record<string, Localized>

type Language = keyof Localized

function HitRow({ hit, lang }: { hit: ComplianceHit; lang: Language }) {
  return (
    <li className={`finding finding--${hit.level}`}>
      <span className="finding__badge">{TEXT[hit.level][lang]}</span>
      <span>
        <strong>{hit.match?.text ?? hit.term}</strong>
        {hit.match ? ` · ${hit.field} ${hit.match.start}–${hit.match.end}` : ` · ${hit.field}`}
        <br />
        {hit.message[lang]}
        {hit.suggestion ? (
          <>
            <br />
            {TEXT.suggestion[lang]}：{hit.suggestion[lang]}
          </>
        ) : null}
        <br />
        <small>{hit.law[lang]}</small>
      </span>
    </li>
  )
}

/** The findings of a compliance report, each with its level badge, message, suggestion and law. */
export function ComplianceHitList({ hits, lang }: { hits: readonly ComplianceHit[]; lang: Language }) {
  return (
    <ul className="findings">
      {hits.map((hit, index) => (
        <HitRow hit={hit} key={index} lang={lang} />
      ))}
    </ul>
  )
}

/**
 * `text` with the hits found in it marked by level. Hits are sorted by offset; one that overlaps
 * an earlier one (a term inside a longer term) is left to the list, where it is still shown.
 */
export function HighlightedText({ text, hits, lang }: { text: string; hits: readonly ComplianceHit[]; lang: Language }) {
  const parts: React.ReactNode[] = []
  let cursor = 0
  for (const hit of [...hits].sort((a, b) => (a.match?.start ?? 0) - (b.match?.start ?? 0))) {
    if (!hit.match || hit.match.start < cursor) continue
    parts.push(text.slice(cursor, hit.match.start))
    parts.push(
      <mark className={`finding-mark finding-mark--${hit.level}`} key={hit.match.start} title={hit.message[lang]}>
        {text.slice(hit.match.start, hit.match.end)}
      </mark>,
    )
    cursor = hit.match.end
  }
  parts.push(text.slice(cursor))
  return <p className="finding-text">{parts}</p>
}
