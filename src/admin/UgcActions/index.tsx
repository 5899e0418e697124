'use client'

import type { UIFieldClientComponent } from 'payload'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { UgcSubmission, User } from '../../payload-types'

import { hasRole } from '../../auth/roles'
import { languageOf, type Localized } from '../../i18n/localized'
import { LICENCE_SCOPES, type LicenceScope } from '../../ugc/licence'
import { ACCEPTED_UGC_STATUSES } from '../../ugc/moderation'
import './styles.scss'

const TEXT = {
  reuse: { zh: '转为内容素材', en: 'Turn into content asset' },
  use: { zh: '用途', en: 'Use' },
  working: { zh: '处理中…', en: 'Working…' },
  openAsset: { zh: '打开内容素材', en: 'Open the content asset' },
  erase: { zh: '按《个人信息保护法》删除作者信息', en: 'Erase author’s personal data' },
  eraseWarning: {
    zh: '将删除这位作者所有投稿中的个人信息和图片/视频，且无法恢复。审核记录会保留，但不含个人信息。',
    en: 'This erases the personal data and media of all this author’s submissions, for good. The moderation record stays, without the personal data.',
  },
  confirmErase: { zh: '确认删除', en: 'Erase' },
  cancel: { zh: '取消', en: 'Cancel' },
  failed: { zh: '请求失败，请稍后再试。', en: 'The request failed; try again later.' },
} satisfies Record<string, Localized>

type Outcome = { ok: boolean; message: string; asset?: { id: number | string; title?: string } }

/** POSTs to one of the submission's endpoints; the server answers in the user's language. */
async function post(url: string, body: unknown, failed: string): Promise<{ outcome: Outcome; ok: boolean }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = (await response.json().catch(() => ({}))) as { message?: string; doc?: Outcome['asset']; errors?: { message: string }[] }
    const message = response.ok ? (answer.message ?? '') : (answer.errors?.[0]?.message ?? failed)
    return { ok: response.ok, outcome: { ok: response.ok, message, asset: answer.doc } }
  } catch {
    return { ok: false, outcome: { ok: false, message: failed } }
  }
}

/**
 * The two things done to a submission rather than typed into it: licensed reuse as a draft content
 * asset (editors, once approved; the server checks the licence) and a PIPL erasure of the author's
 * personal data (moderators). The assets already made from it are listed by the `reusedIn` join.
 */
export const UgcActions: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { id, data } = useDocumentInfo()
  const submission = data as Partial<UgcSubmission> | undefined
  const useGroup = useId()
  const [use, setUse] = useState<LicenceScope>('brand-channels')
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  if (id == null || !submission) return null
  const endpoint = `${config.serverURL}${config.routes.api}/ugc-submissions/${id}`
  const mayReuse =
    hasRole(user, 'admin', 'editor') && !submission.erasedAt && ACCEPTED_UGC_STATUSES.includes(submission.status as (typeof ACCEPTED_UGC_STATUSES)[number])
  const mayErase = hasRole(user, 'admin', 'kol-manager') && !submission.erasedAt
  if (!mayReuse && !mayErase) return null

  const reuse = async () => {
    setBusy(true)
    setOutcome((await post(`${endpoint}/reuse`, { use }, TEXT.failed[lang])).outcome)
    setBusy(false)
  }
  const erase = async () => {
    setBusy(true)
    const { ok, outcome } = await post(`${endpoint}/erase`, undefined, TEXT.failed[lang])
    setOutcome(outcome)
    setBusy(false)
    setConfirming(false)
    // Text, media and author fields all changed on the server: show the document as it is now.
    if (ok) window.location.reload()
  }

  return (
    <div className="ugc-actions">
      {mayReuse ? (
        // Not a <form>: the document's own form encloses this one.
        <div className="ugc-actions__reuse">
          <fieldset>
            <legend>{TEXT.use[lang]}</legend>
            {LICENCE_SCOPES.map((scope) => (
              <label key={scope.value}>
                <input checked={use === scope.value} name={useGroup} onChange={() => setUse(scope.value)} type="radio" value={scope.value} />
                {scope.label[lang]}
              </label>
            ))}
          </fieldset>
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void reuse()} size="small">
            {busy ? TEXT.working[lang] : TEXT.reuse[lang]}
          </Button>
        </div>
      ) : null}

      {mayErase ? (
        <div className="ugc-actions__erase">
          {!confirming ? (
            <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => setConfirming(true)} size="small">
              {TEXT.erase[lang]}
            </Button>
          ) : (
            <div role="alertdialog" aria-labelledby={`${useGroup}-erase`}>
              <p id={`${useGroup}-erase`}>{TEXT.eraseWarning[lang]}</p>
              <Button buttonStyle="error" disabled={busy} margin={false} onClick={() => void erase()} size="small">
                {TEXT.confirmErase[lang]}
              </Button>{' '}
              <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => setConfirming(false)} size="small">
                {TEXT.cancel[lang]}
              </Button>
            </div>
          )}
        </div>
      ) : null}

      {outcome ? (
        <p className={outcome.ok ? 'ugc-actions__ok' : 'ugc-actions__error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
          {outcome.asset ? (
            <>
              {' '}
              <a href={`${config.routes.admin}/collections/content-assets/${outcome.asset.id}`}>
                {TEXT.openAsset[lang]}
                {outcome.asset.title ? `：${outcome.asset.title}` : ''}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
