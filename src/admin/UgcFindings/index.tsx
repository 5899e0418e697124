'use client'

import type { OptionObject, UIFieldClientComponent } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ComplianceReport } from '../../compliance/types'
import type { UgcMedia } from '../../payload-types'

import { languageOf, type Localized } from '../../i18n/localized'
import { LICENCE_SCOPES, licenceRefusal } from '../../ugc/licence'
import { ComplianceHitList, HighlightedText } from '../ComplianceHits'
import './styles.scss'

type Id = number | string
type Duplicate = { media?: Id; matchedSubmission?: Id; matchedMedia?: Id; distance?: number }

const TEXT = {
  media: { zh: '投稿图片/视频', en: 'Media' },
  noMedia: { zh: '没有图片或视频（或已按作者要求删除）', en: 'No media (or erased at the author’s request)' },
  removed: { zh: '文件已删除', en: 'File removed' },
  duplicates: { zh: '疑似重复', en: 'Possible duplicates' },
  noDuplicates: { zh: '未发现与以往投稿相似的图片', en: 'No image like an earlier submission' },
  thisImage: { zh: '本投稿', en: 'This submission' },
  earlierImage: { zh: '以往投稿', en: 'Earlier submission' },
  identical: { zh: '完全相同', en: 'Identical' },
  compliance: { zh: '合规检查', en: 'Compliance' },
  allClear: { zh: '未发现问题', en: 'No findings' },
  masked: { zh: '收稿时已隐藏的个人信息', en: 'Personal data masked on intake' },
  noneMasked: { zh: '无', en: 'None' },
  licence: { zh: '授权', en: 'Licence' },
  noLicence: { zh: '没有授权记录', en: 'No licence on record' },
  valid: { zh: '授权有效', en: 'Licence valid' },
  expired: { zh: '授权已到期', en: 'Licence expired' },
  covers: { zh: '可用于', en: 'Covers' },
} satisfies Record<string, Localized>

const bitsApart = (distance: number): Localized => ({ zh: `相差 ${distance} 位`, en: `${distance} bits apart` })
const termText = (months: number, until: string): Localized => ({ zh: `期限 ${months} 个月，至 ${until}`, en: `${months} months, until ${until}` })
const consentText = (version: string, at: string): Localized => ({ zh: `同意文本 ${version}，同意于 ${at}`, en: `Consent text ${version}, given ${at}` })
const submissionLink = (id: Id): Localized => ({ zh: `投稿 #${id}`, en: `Submission #${id}` })

/** One file of a submission, as staff see it: the image's thumbnail, or the video itself. */
function MediaPreview({ media, lang }: { media: UgcMedia | undefined; lang: keyof Localized }) {
  if (!media?.url) return <div className="ugc-findings__removed">{TEXT.removed[lang]}</div>
  if (media.kind === 'video') return <video aria-label={media.filename ?? ''} controls preload="metadata" src={media.url} />
  return (
    <a href={media.url} rel="noreferrer" target="_blank">
      <img alt={media.filename ?? ''} loading="lazy" src={media.thumbnailURL ?? media.url} />
    </a>
  )
}

/** The ugc-media documents with these ids (staff may read them), by id. */
function useUgcMedia(ids: Id[]): Map<Id, UgcMedia> {
  const { config } = useConfig()
  const [media, setMedia] = useState(new Map<Id, UgcMedia>())
  const key = [...new Set(ids)].sort().join(',')
  useEffect(() => {
    if (!key) return
    const where = key
      .split(',')
      .map((id, index) => `where[id][in][${index}]=${encodeURIComponent(id)}`)
      .join('&')
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/ugc-media?${where}&depth=0&limit=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: UgcMedia[] }) => setMedia(new Map(docs.map((doc) => [String(doc.id), doc]))))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.serverURL, config.routes.api, key])
  return media
}

/**
 * What a moderator decides on, in one place (SPEC §7): the media, the images like earlier
 * submissions' (side by side), the compliance findings marked in the text, the personal data
 * masked on intake and the author's licence in plain words. Payload's JSON field editor loads
 * Monaco from a CDN, which the admin's CSP (and mainland networks) do not allow.
 */
export const UgcFindings: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config, getEntityConfig } = useConfig()
  const values = useFormFields(([fields]) => {
    const duplicateRows = Number(fields.duplicates?.value ?? 0)
    return {
      text: (fields.text?.value as string | undefined) ?? '',
      media: (fields.media?.value as Id[] | undefined) ?? [],
      duplicates: Array.from({ length: duplicateRows }, (_, row): Duplicate => ({
        media: fields[`duplicates.${row}.media`]?.value as Id | undefined,
        matchedSubmission: fields[`duplicates.${row}.matchedSubmission`]?.value as Id | undefined,
        matchedMedia: fields[`duplicates.${row}.matchedMedia`]?.value as Id | undefined,
        distance: fields[`duplicates.${row}.distance`]?.value as number | undefined,
      })),
      compliance: fields.compliance?.value as ComplianceReport | null | undefined,
      masked: (fields.maskedPersonalData?.value as string[] | undefined) ?? [],
      scopes: (fields['licence.scopes']?.value as string[] | undefined) ?? [],
      termMonths: fields['licence.termMonths']?.value as number | undefined,
      expiresAt: fields['licence.expiresAt']?.value as string | undefined,
      consentVersion: fields['licence.consentVersion']?.value as string | undefined,
      consentedAt: fields['licence.consentedAt']?.value as string | undefined,
    }
  })
  const media = useUgcMedia([...values.media, ...values.duplicates.flatMap((row) => [row.media, row.matchedMedia]).filter((id) => id != null)])
  const mediaById = (id: Id | undefined) => (id == null ? undefined : media.get(String(id)))

  // The masked kinds' labels are the select field's own options.
  const maskedOptions = getEntityConfig({ collectionSlug: 'ugc-submissions' })?.fields.find(
    (field) => 'name' in field && field.name === 'maskedPersonalData',
  ) as { options?: OptionObject[] } | undefined
  const maskedLabel = (kind: string) => {
    const option = maskedOptions?.options?.find(({ value }) => value === kind)
    return option ? getTranslation(option.label, i18n) : kind
  }

  const date = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '—')
  const now = new Date()
  const licence = { scopes: values.scopes, expiresAt: values.expiresAt }
  const hits = values.compliance?.hits ?? []

  return (
    <div className="field-type ugc-findings">
      <section aria-labelledby="ugc-findings-media">
        <h4 id="ugc-findings-media">{TEXT.media[lang]}</h4>
        {values.media.length === 0 ? (
          <p>{TEXT.noMedia[lang]}</p>
        ) : (
          <ul className="ugc-findings__media">
            {values.media.map((id) => (
              <li key={id}>
                <MediaPreview lang={lang} media={mediaById(id)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ugc-findings-duplicates">
        <h4 id="ugc-findings-duplicates">{TEXT.duplicates[lang]}</h4>
        {values.duplicates.length === 0 ? (
          <p className="ugc-findings__ok">{TEXT.noDuplicates[lang]}</p>
        ) : (
          <ul className="ugc-findings__duplicates">
            {values.duplicates.map((row, index) => (
              <li key={index} className="ugc-findings__duplicate">
                <figure>
                  <MediaPreview lang={lang} media={mediaById(row.media)} />
                  <figcaption>{TEXT.thisImage[lang]}</figcaption>
                </figure>
                <figure>
                  <MediaPreview lang={lang} media={mediaById(row.matchedMedia)} />
                  <figcaption>
                    {TEXT.earlierImage[lang]}{' '}
                    {row.matchedSubmission != null ? (
                      <a href={`${config.routes.admin}/collections/ugc-submissions/${row.matchedSubmission}`}>{submissionLink(row.matchedSubmission)[lang]}</a>
                    ) : null}
                  </figcaption>
                </figure>
                <p className="ugc-findings__distance">{row.distance ? bitsApart(row.distance)[lang] : TEXT.identical[lang]}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ugc-findings-compliance">
        <h4 id="ugc-findings-compliance">{TEXT.compliance[lang]}</h4>
        {values.text ? <HighlightedText hits={hits.filter((hit) => hit.field === 'text')} lang={lang} text={values.text} /> : null}
        {hits.length === 0 ? <p className="ugc-findings__ok">{TEXT.allClear[lang]}</p> : <ComplianceHitList hits={hits} lang={lang} />}
        <p>
          {TEXT.masked[lang]}：{values.masked.length === 0 ? TEXT.noneMasked[lang] : values.masked.map(maskedLabel).join('、')}
        </p>
      </section>

      <section aria-labelledby="ugc-findings-licence">
        <h4 id="ugc-findings-licence">{TEXT.licence[lang]}</h4>
        {values.scopes.length === 0 ? (
          <p>{TEXT.noLicence[lang]}</p>
        ) : (
          <>
            <p className={values.expiresAt && new Date(values.expiresAt) > now ? 'ugc-findings__ok' : 'ugc-findings__warning'}>
              <strong>{values.expiresAt && new Date(values.expiresAt) > now ? TEXT.valid[lang] : TEXT.expired[lang]}</strong>
              {values.termMonths ? ` · ${termText(values.termMonths, date(values.expiresAt))[lang]}` : null}
            </p>
            <ul className="ugc-findings__scopes">
              {LICENCE_SCOPES.map((scope) => {
                const refusal = licenceRefusal(licence, scope.value, now)
                return (
                  <li key={scope.value} className={refusal ? 'ugc-findings__warning' : 'ugc-findings__ok'}>
                    {refusal ? refusal[lang] : `${TEXT.covers[lang]}「${scope.label[lang]}」`}
                  </li>
                )
              })}
            </ul>
            <p>
              <small>{consentText(values.consentVersion ?? '—', date(values.consentedAt))[lang]}</small>
            </p>
          </>
        )}
      </section>
    </div>
  )
}
