'use client'

import type { UIFieldClientComponent } from 'payload'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'

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
  reusedIn: { zh: '已转为内容', en: 'Reused in' },
} satisfies Record<string, Localized>

type Asset = { id: number | string; title?: string }
type Outcome = { ok: boolean; message: string; asset?: Asset }

/** POSTs to one of the submission's endpoints; the server answers in the user's language. */
async function post(url: string, body: unknown, failed: string): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = (await response.json().catch(() => ({}))) as { message?: string; doc?: Outcome['asset']; errors?: { message: string }[] }
    const message = response.ok ? (answer.message ?? '') : (answer.errors?.[0]?.message ?? failed)
    return { ok: response.ok, message, asset: answer.doc }
  } catch {
    return { ok: false, message: failed }
  }
}

/**
 * The content assets made from a submission (the `reusedIn` join, drafts included), read again
 * after each reuse: Payload's own join table keeps the rows it first loaded.
 */
function useReusedAssets(url: string | null): [Asset[], () => void] {
  const [assets, setAssets] = useState<Asset[]>([])
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: Asset[] }) => setAssets(docs))
      .catch(() => undefined)
    return () => controller.abort()
  }, [url, version])
  return [assets, () => setVersion((current) => current + 1)]
}

/**
 * The two things done to a submission rather than typed into it: licensed reuse as a draft content
 * asset (editors, once approved; the server checks the licence) and a PIPL erasure of the author's
 * personal data (moderators); and the content assets already made from it.
 */
export const UgcActions: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { id, data } = useDocumentInfo()
  const router = useRouter()
  const submission = data as Partial<UgcSubmission> | undefined
  const idBase = useId()
  const [use, setUse] = useState<LicenceScope>('brand-channels')
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const confirmation = useRef<HTMLDivElement>(null)
  const api = `${config.serverURL}${config.routes.api}`
  const [reusedIn, reloadReusedIn] = useReusedAssets(
    id == null ? null : `${api}/content-assets?where[sourceUgc][equals]=${id}&draft=true&depth=0&limit=0&select[title]=true&sort=-createdAt`,
  )
  // The erase button gives way to the confirmation: keyboard focus goes with it, to its first button.
  useEffect(() => {
    if (confirming) confirmation.current?.querySelector('button')?.focus()
  }, [confirming])

  if (id == null || !submission) return null
  const endpoint = `${api}/ugc-submissions/${id}`
  const mayReuse =
    hasRole(user, 'admin', 'editor') && !submission.erasedAt && ACCEPTED_UGC_STATUSES.includes(submission.status as (typeof ACCEPTED_UGC_STATUSES)[number])
  const mayErase = hasRole(user, 'admin', 'kol-manager') && !submission.erasedAt
  if (!mayReuse && !mayErase && !outcome && reusedIn.length === 0) return null

  const reuse = async () => {
    setBusy(true)
    const outcome = await post(`${endpoint}/reuse`, { use }, TEXT.failed[lang])
    setOutcome(outcome)
    setBusy(false)
    if (outcome.ok) reloadReusedIn()
  }
  const erase = async () => {
    setBusy(true)
    const outcome = await post(`${endpoint}/erase`, undefined, TEXT.failed[lang])
    setOutcome(outcome)
    setBusy(false)
    setConfirming(false)
    // The document is read again, as Payload's own stale-data reload does: text, media and author as they are now.
    if (outcome.ok) router.refresh()
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
                <input checked={use === scope.value} name={idBase} onChange={() => setUse(scope.value)} type="radio" value={scope.value} />
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
            <div aria-labelledby={`${idBase}-erase`} ref={confirmation} role="alertdialog">
              <p id={`${idBase}-erase`}>{TEXT.eraseWarning[lang]}</p>
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
              <a href={`${config.routes.admin}/collections/content-assets/${outcome.asset.id}`}>{TEXT.openAsset[lang]}</a>
            </>
          ) : null}
        </p>
      ) : null}

      {reusedIn.length > 0 ? (
        <section aria-labelledby={`${idBase}-reused`}>
          <h4 id={`${idBase}-reused`}>{TEXT.reusedIn[lang]}</h4>
          <ul>
            {reusedIn.map((asset) => (
              <li key={asset.id}>
                <a href={`${config.routes.admin}/collections/content-assets/${asset.id}`}>{asset.title || `#${asset.id}`}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
