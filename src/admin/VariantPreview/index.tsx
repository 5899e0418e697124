'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Localized } from '../../i18n/localized'
import type { RenderedPost } from '../../platforms/render'
import type { CoverCrop as Crop } from '../../platforms/coverCrops'
import type { FormatId } from '../../platforms/types'
import type { Media } from '../../payload-types'

import { coverCropsOf } from '../../platforms/coverCrops'
import { CHANNEL_RULES, CROPS, FORMAT_RULES } from '../../platforms/rules'
import { CHANNEL_COLOURS, ON_CHANNEL_COLOUR } from '../shared/channelColours'
import { textSegments } from './segments'
import './styles.scss'

type Language = keyof Localized

const TEXT = {
  preview: { zh: '发布预览', en: 'Post preview' },
  noCover: { zh: '未选择封面', en: 'No cover chosen' },
  coverFailed: { zh: '封面读取失败', en: 'The cover could not be read' },
  tooSmall: { zh: '图片过小，无法生成该裁剪', en: 'The image is too small for this crop' },
  cover: { zh: '封面', en: 'Cover' },
  articleBody: { zh: '正文（以 HTML 发布）', en: 'Body (posted as HTML)' },
  truncated: { zh: '超出平台上限的部分在发布时会被截断：', en: 'Over the platform’s limit, cut when posting: ' },
  parts: { title: { zh: '标题', en: 'title' }, text: { zh: '正文', en: 'text' }, digest: { zh: '摘要', en: 'digest' } },
  commercialOrder: { zh: '平台商单', en: 'Platform order' },
} as const

type Cover = Pick<Media, 'url' | 'alt' | 'sizes'>

/** The cover while it is read, once read, or when the read failed. */
type CoverState = { state: 'none' } | { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; cover: Cover }

/** Media documents by id, shared by every preview on the page: each cover is fetched once (a failed read is tried again). */
const covers = new Map<string, Promise<Cover>>()

function useCover(api: string, id: number | string | null | undefined): CoverState {
  const [cover, setCover] = useState<CoverState>({ state: 'none' })
  useEffect(() => {
    if (id == null || id === '') {
      setCover({ state: 'none' })
      return
    }
    const key = `${api}/media/${id}`
    if (!covers.has(key)) {
      const read = fetch(`${key}?depth=0`, { credentials: 'include' }).then((response) => {
        if (!response.ok) throw new Error(`media ${id}: ${response.status}`)
        return response.json() as Promise<Cover>
      })
      // Not kept for the session: the next preview that needs it reads it again.
      read.catch(() => covers.delete(key))
      covers.set(key, read)
    }
    let current = true
    setCover({ state: 'loading' })
    covers.get(key)!.then(
      (loaded) => current && setCover({ state: 'loaded', cover: loaded }),
      () => current && setCover({ state: 'failed' }),
    )
    return () => {
      current = false
    }
  }, [api, id])
  return cover
}

/**
 * The cover at one of the platform's crops, as it will be posted: the media's generated size for
 * that crop (coverCropsOf, as the publish feed does), or why there is none.
 */
function CoverCrop({ cover, crop: { crop, size }, lang, title }: { cover: CoverState; crop: Crop; lang: Language; title: string }) {
  const { width, height, label } = CROPS[crop]
  const missing =
    cover.state === 'none' ? TEXT.noCover : cover.state === 'failed' ? TEXT.coverFailed : cover.state === 'loaded' && !size?.url ? TEXT.tooSmall : null
  return (
    <figure className="variant-preview__cover">
      <div className="variant-preview__frame" style={{ aspectRatio: `${width} / ${height}` }}>
        {cover.state === 'loaded' && size?.url ? (
          <img alt={cover.cover.alt || `${TEXT.cover[lang]}${lang === 'zh' ? '：' : ': '}${title}`} src={size.url} />
        ) : missing ? (
          <span>{missing[lang]}</span>
        ) : null}
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
            {coverCropsOf(rules, cover.state === 'loaded' ? cover.cover : null).map((crop) => (
              <CoverCrop cover={cover} crop={crop} key={crop.crop} lang={lang} title={title} />
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
            {textSegments(rendered).map((segment, index) =>
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
