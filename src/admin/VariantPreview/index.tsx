'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Localized } from '../../i18n/localized'
import type { RenderedPost } from '../../platforms/render'
import type { CropId, FormatId } from '../../platforms/types'
import type { Media } from '../../payload-types'

import { CHANNEL_RULES, CROPS, FORMAT_RULES } from '../../platforms/rules'
import { CHANNEL_COLOURS, ON_CHANNEL_COLOUR } from '../shared/channelColours'
import { textSegments } from './segments'
import './styles.scss'

type Language = keyof Localized

const TEXT = {
  preview: { zh: '发布预览', en: 'Post preview' },
  noCover: { zh: '未选择封面', en: 'No cover chosen' },
  cover: { zh: '封面', en: 'Cover' },
  articleBody: { zh: '正文（以 HTML 发布）', en: 'Body (posted as HTML)' },
  truncated: { zh: '超出平台上限的部分在发布时会被截断：', en: 'Over the platform’s limit, cut when posting: ' },
  parts: { title: { zh: '标题', en: 'title' }, text: { zh: '正文', en: 'text' }, digest: { zh: '摘要', en: 'digest' } },
  commercialOrder: { zh: '平台商单', en: 'Platform order' },
} as const

type Cover = Pick<Media, 'url' | 'alt' | 'focalX' | 'focalY' | 'sizes'>

/** Media documents by id, shared by every preview on the page: each cover is fetched once. */
const covers = new Map<string, Promise<Cover | null>>()

function useCover(api: string, id: number | string | null | undefined): Cover | null {
  const [cover, setCover] = useState<Cover | null>(null)
  useEffect(() => {
    if (id == null || id === '') {
      setCover(null)
      return
    }
    const key = `${api}/media/${id}`
    if (!covers.has(key)) {
      covers.set(
        key,
        fetch(`${key}?depth=0`, { credentials: 'include' })
          .then((response) => (response.ok ? (response.json() as Promise<Cover>) : null))
          .catch(() => null),
      )
    }
    let current = true
    void covers.get(key)!.then((loaded) => current && setCover(loaded))
    return () => {
      current = false
    }
  }, [api, id])
  return cover
}

/**
 * The cover as the platform crops it: the media's generated size for that crop where there is one
 * (cut around the focal point on upload), else the original framed at the crop's aspect ratio.
 */
function CoverCrop({ cover, crop, lang, title }: { cover: Cover | null; crop: CropId; lang: Language; title: string }) {
  const { width, height, label } = CROPS[crop]
  const generated = cover?.sizes?.[crop as keyof NonNullable<Cover['sizes']>]?.url
  const src = generated ?? cover?.url
  return (
    <figure className="variant-preview__cover">
      <div className="variant-preview__frame" style={{ aspectRatio: `${width} / ${height}` }}>
        {src ? (
          <img
            alt={cover?.alt || `${TEXT.cover[lang]}${lang === 'zh' ? '：' : ': '}${title}`}
            src={src}
            style={{ objectPosition: generated ? 'center' : `${cover?.focalX ?? 50}% ${cover?.focalY ?? 50}%` }}
          />
        ) : (
          <span>{TEXT.noCover[lang]}</span>
        )}
      </div>
      <figcaption>{label[lang]}</figcaption>
    </figure>
  )
}

type Props = {
  format: FormatId
  /** From renderVariant: the same function the publish feed uses, never re-done here. */
  rendered: RenderedPost
  coverId?: number | string | null
  commercialOrderId?: string | null
  lang: Language
}

/**
 * How one variant's post will look on its platform: the cover at each of the platform's crops,
 * the title as cut to the limit, WeChat's digest, and the text with the 广告 label, mentions and
 * topics in the platform's syntax, exactly as rendered for publishing.
 */
export function VariantPreview({ format, rendered, coverId, commercialOrderId, lang }: Props) {
  const { config } = useConfig()
  const rules = FORMAT_RULES[format]
  const channel = CHANNEL_RULES[rules.channel]
  const cover = useCover(`${config.serverURL}${config.routes.api}`, rules.cover ? coverId : null)
  const title = rendered.title ?? ''

  return (
    <section aria-label={`${TEXT.preview[lang]} · ${rules.label[lang]}`} className={`variant-preview variant-preview--${rules.channel}`}>
      <h4>
        {TEXT.preview[lang]} · {rules.label[lang]}
      </h4>
      <div className="variant-preview__post">
        <p className="variant-preview__channel" style={{ backgroundColor: CHANNEL_COLOURS[rules.channel], color: ON_CHANNEL_COLOUR }}>
          {channel.label[lang]}
        </p>
        {rules.cover ? (
          <div className="variant-preview__covers">
            {rules.cover.crops.map((crop) => (
              <CoverCrop cover={cover} crop={crop} key={crop} lang={lang} title={title} />
            ))}
          </div>
        ) : null}
        {rendered.title ? <p className="variant-preview__title">{rendered.title}</p> : null}
        {rendered.digest ? <p className="variant-preview__digest">{rendered.digest}</p> : null}
        {format === 'wechat-article' ? (
          // The article body is HTML; it is shown as source, never injected into the admin page.
          <details className="variant-preview__article">
            <summary>{TEXT.articleBody[lang]}</summary>
            <pre>{rendered.text}</pre>
          </details>
        ) : (
          <p className="variant-preview__text">
            {textSegments(rendered.text).map((segment, index) =>
              segment.kind === 'text' ? (
                segment.text
              ) : (
                <span className={`variant-preview__${segment.kind}`} key={index}>
                  {segment.text}
                </span>
              ),
            )}
          </p>
        )}
        {commercialOrderId?.trim() && rules.commercialChannel ? (
          <p className="variant-preview__order">
            {rules.commercialChannel[lang]} · {TEXT.commercialOrder[lang]} {commercialOrderId}
          </p>
        ) : null}
      </div>
      {rendered.truncated.length > 0 ? (
        <p className="variant-preview__truncated">
          {TEXT.truncated[lang]}
          {rendered.truncated.map((part) => TEXT.parts[part][lang]).join(lang === 'zh' ? '、' : ', ')}
        </p>
      ) : null}
    </section>
  )
}
